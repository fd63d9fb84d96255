package org.entente.draft;

import java.util.Locale;
import java.util.Set;

/**
 * One word of a sentence: its text, where it stands in the sentence, its universal part of speech and lemma, and its
 * text in lower case, kept because the patterns compare it for every word they try (made on each call, it was half
 * of drafting's time).
 */
record Token(String text, int start, int end, String pos, String lemma, String lower) {

    Token(String text, int start, int end, String pos, String lemma) {
        this(text, start, end, pos, lemma, text.toLowerCase(Locale.ROOT));
    }

    /** Whether the word is one of {@code words} (lemmas and forms in lower case), as its lemma or as written. */
    boolean in(Set<String> words) {
        return words.contains(lemma) || words.contains(lower());
    }

    /**
     * Whether the word is the verb or one of its regular forms, whatever lemma the tagger gave it: the lemmatizer
     * leaves some past forms as they stand ("condemned"), so "condemn" is read from "condemns", "condemned",
     * "condemning" too.
     */
    boolean formOf(String verb) {
        if (verb.equals(lemma) || verb.equals(lower())) {
            return true;
        }
        String stem = verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb;
        String word = lower();
        return word.startsWith(stem) && Set.of("s", "es", "ed", "ing").contains(word.substring(stem.length()));
    }

    boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    boolean possessiveMark() {
        return text.equals("'s") || text.equals("’s") || text.equals("'") || text.equals("’");
    }
}
