package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.relations;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "it" as the object of a verb of judgement (`judgingVerbs`) is the drafted act that its sentence, or the one before,
 * last named by its noun: "Egypt welcomed the ceasefire. Kenya welcomed it too." With no act so named, or after any
 * other verb, "it" is nothing. Each with a near miss.
 */
class ActsJudgedAsItTest {

    private static final String CEASEFIRE = "Chad and Sudan signed a ceasefire on Monday. ";

    @Test
    void itAfterAJudgementIsTheActTheSentenceBeforeNamed() {
        List<String> welcomed = targetsOf(CEASEFIRE + "Egypt welcomed the ceasefire. Kenya welcomed it too.", "SUPPORTS");
        assertThat(welcomed).hasSize(2).allMatch(to -> to.contains("signs-agreement"));
        assertThat(welcomed.get(0)).isEqualTo(welcomed.get(1));
    }

    @Test
    void itWithNoActNamedByItsNounIsNothing() {
        // The near miss: the ceasefire was told by its verb, never named by its noun, so "it" may be anything.
        assertThat(targetsOf(CEASEFIRE + "Kenya welcomed it.", "SUPPORTS")).isEmpty();
    }

    @Test
    void itTwoSentencesAfterTheNounIsNothing() {
        // The near miss: a sentence between, and "it" no longer reaches back to the ceasefire.
        assertThat(targetsOf(CEASEFIRE + "Egypt welcomed the ceasefire. Kenya sent troops. Ghana condemned it.",
                "CONDEMNS")).isEmpty();
    }

    private static List<String> targetsOf(String text, String kind) {
        return relations(of(text), kind).stream().map(fact -> String.valueOf(fact.field("to"))).toList();
    }
}
