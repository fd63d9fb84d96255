package org.entente.draft;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.draft.Pattern.Element;
import org.entente.draft.Pattern.Word;

/**
 * The patterns that may match a sentence, found without trying them all. Each pattern has an anchor: one of its words
 * that is not optional, so that every match fits it to a word of the sentence (a drafted act's noun is a word of the
 * sentence too). A pattern whose anchor no word of the sentence fits cannot match, and is left out; one without such a
 * word is always tried. Patterns come back in the lexicon's order, so a draft is the same as when all are tried
 * ({@code PatternIndexTest}).
 *
 * <p>With 526 patterns tried at every word, matching was most of drafting's time, although a sentence has the anchor
 * of a few dozen at most.
 */
final class PatternIndex {

    private final List<Pattern> patterns;
    /** Pattern positions by an exact alternative (lower case) of their anchor. */
    private final Map<String, BitSet> byWord = new HashMap<>();
    /** Patterns whose anchor has prefix alternatives ("sanction*"): each is tried on the sentence's words. */
    private final Map<Integer, Word> byPrefix = new java.util.LinkedHashMap<>();
    private final BitSet always = new BitSet();

    PatternIndex(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        for (int i = 0; i < patterns.size(); i++) {
            Word anchor = anchor(patterns.get(i));
            if (anchor == null) {
                always.set(i);
            } else if (!anchor.prefixes().isEmpty()) {
                byPrefix.put(i, anchor);
            } else {
                for (String word : anchor.exact()) {
                    byWord.computeIfAbsent(word, w -> new BitSet()).set(i);
                }
            }
        }
    }

    /**
     * The anchor of a pattern: of its words that every match fits, one with no prefix if there is one, and of those
     * the one whose shortest alternative is longest ("condemn" before "the"), which fewer sentences hold.
     */
    static Word anchor(Pattern pattern) {
        Word best = null;
        for (Element element : pattern.elements()) {
            if (element instanceof Word word && !word.optional() && (best == null || better(word, best))) {
                best = word;
            }
        }
        return best;
    }

    private static boolean better(Word word, Word than) {
        if (word.prefixes().isEmpty() != than.prefixes().isEmpty()) {
            return word.prefixes().isEmpty();
        }
        return shortest(word) > shortest(than);
    }

    private static int shortest(Word word) {
        return word.alternatives().stream().mapToInt(String::length).min().orElse(0);
    }

    /** The patterns, in the lexicon's order, whose anchor a word of the sentence fits, and those with no anchor. */
    List<Pattern> candidates(List<Token> tokens) {
        BitSet chosen = (BitSet) always.clone();
        for (Token token : tokens) {
            BitSet written = byWord.get(token.lower());
            if (written != null) {
                chosen.or(written);
            }
            BitSet lemma = byWord.get(token.lemma());
            if (lemma != null) {
                chosen.or(lemma);
            }
        }
        byPrefix.forEach((i, anchor) -> {
            if (tokens.stream().anyMatch(anchor::matches)) {
                chosen.set(i);
            }
        });
        List<Pattern> candidates = new ArrayList<>(chosen.cardinality());
        for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) {
            candidates.add(patterns.get(i));
        }
        return candidates;
    }
}
