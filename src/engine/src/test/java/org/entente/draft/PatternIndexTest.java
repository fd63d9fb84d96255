package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.entente.pack.RelationKinds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pattern index leaves out only patterns that could not have matched: a draft is the same, fact for fact and word
 * for word, as a draft that tries every pattern on every sentence; and it does leave most of them out.
 */
class PatternIndexTest {

    private static final Lexicon LEXICON = Lexicon.load(Drafts.RULES.resolve(Drafter.LEXICON),
            RelationKinds.read(Drafts.RULES));

    @ParameterizedTest
    @ValueSource(strings = {"000_53dffffe28bbb940.txt", "karabakh-2023.txt", "goma-m23-2025.txt"})
    void aDraftIsTheSameAsWhenEveryPatternIsTried(String name) {
        String text = Drafter.read(Path.of("seeds", name));
        Draft indexed = Drafts.drafter().draft(text, name);
        Draft everyPattern = Drafts.drafter().tryingEveryPattern().draft(text, name);

        assertThat(yaml(indexed)).isEqualTo(yaml(everyPattern));
        assertThat(indexed.facts()).hasSizeGreaterThan(20);
    }

    @Test
    void aSentenceWithAnAnchorWordGetsThePatternAndOneWithoutItDoesNot() {
        Pattern condemn = pattern("condemn-verb");
        List<Token> condemned = List.of(token("Paris", "paris", "PROPN"), token("condemned", "condemn", "VERB"),
                token("the", "the", "DET"), token("strike", "strike", "NOUN"));
        List<Token> praised = List.of(token("Paris", "paris", "PROPN"), token("praised", "praise", "VERB"),
                token("the", "the", "DET"), token("strike", "strike", "NOUN"));

        assertThat(LEXICON.index.candidates(condemned)).contains(condemn);
        assertThat(LEXICON.index.candidates(praised)).doesNotContain(condemn);
    }

    @Test
    void thePassiveVoiceIsFoundByItsVerbAsTheActiveIs() {
        List<Token> passive = List.of(token("Serbia", "serbia", "PROPN"), token("was", "be", "AUX"),
                token("denounced", "denounce", "VERB"), token("by", "by", "ADP"), token("Kosovo", "kosovo", "PROPN"));

        assertThat(LEXICON.index.candidates(passive)).contains(pattern("condemn-verb-passive"));
    }

    @Test
    void theAnchorIsAWordEveryMatchHasAndNotAShortOneWhenALongerIsThere() {
        Pattern.Word anchor = PatternIndex.anchor(pattern("condemnation-noun"));

        assertThat(anchor.optional()).isFalse();
        assertThat(anchor.alternatives()).containsExactly("condemnation");
    }

    @Test
    void aSentenceOfTheSeedTriesFewerThanATenthOfThePatterns() {
        List<Token> sentence = List.of(token("France", "france", "PROPN"), token("objected", "object", "VERB"),
                token("to", "to", "ADP"), token("the", "the", "DET"), token("office", "office", "NOUN"),
                token("in", "in", "ADP"), token("Tokyo", "tokyo", "PROPN"), token(".", ".", "PUNCT"));

        assertThat(LEXICON.index.candidates(sentence)).hasSizeLessThan(LEXICON.patterns.size() / 10);
    }

    private static Pattern pattern(String id) {
        return LEXICON.patterns.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static Token token(String text, String lemma, String pos) {
        return new Token(text, 0, text.length(), pos, lemma);
    }

    private static String yaml(Draft draft) {
        return DraftWriter.write(draft, "draft", "article.txt", List.of(), DraftWriter.Format.yaml);
    }
}
