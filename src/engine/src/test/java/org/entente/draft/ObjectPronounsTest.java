package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.between;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.relations;

import org.junit.jupiter.api.Test;

/**
 * A pronoun object ("urged him", "pressed her") is the person named last, in the sentence or the one before, who is
 * not the subject of its own verb; and "pressed X to" is an appeal. Each with a near miss.
 */
class ObjectPronounsTest {

    @Test
    void himIsThePersonNamedLastWhoIsNotTheSubject() {
        assertThat(relations(of("French President Emmanuel Macron called Ukrainian President Volodymyr Zelensky on "
                + "Monday and urged him to open talks."), "APPEALS_TO")).anyMatch(between("macron", "zelensky"));
        assertThat(relations(of("German Chancellor Olaf Scholz received French President Emmanuel Macron in Berlin. "
                + "He pressed him to back the budget rules."), "APPEALS_TO")).anyMatch(between("scholz", "macron"));
    }

    @Test
    void aPronounObjectIsNeverTheSubjectOfItsOwnVerb() {
        Draft draft = of("French President Emmanuel Macron said German Chancellor Olaf Scholz had urged him to "
                + "stay calm.");
        assertThat(relations(draft, "APPEALS_TO")).anyMatch(between("scholz", "macron"))
                .noneMatch(between("scholz", "scholz"));
    }

    @Test
    void aPronounWithNobodyNamedNearIsNobody() {
        // The near misses: no person in this sentence or the one before, and "her" as a possessive.
        assertThat(relations(of("The ministry urged him to resign."), "APPEALS_TO")).isEmpty();
        assertThat(relations(of("German Chancellor Olaf Scholz arrived in Paris on Monday. The weather was mild. "
                + "Officials pressed him to stay."), "APPEALS_TO")).isEmpty();
        assertThat(relations(of("French President Emmanuel Macron urged her government to act."), "APPEALS_TO"))
                .noneMatch(between("macron", "macron"));
    }

    @Test
    void aVerbAfterAndSharesTheSubjectOfTheVerbBeforeIt() {
        assertThat(relations(of("Japan hosted China on Monday and urged Beijing to release the detained employee."),
                "APPEALS_TO")).anyMatch(between("JPN", "CHN"));
        // The near miss: "and" joining two subjects, each its own actor.
        assertThat(relations(of("Japan condemned Russia, and China urged Ukraine to talk."), "APPEALS_TO"))
                .anyMatch(between("CHN", "UKR")).noneMatch(between("JPN", "UKR"));
    }

    @Test
    void aSentenceOpeningOnHeGoesOnWithThePersonTheSentenceBeforeNamedFirst() {
        assertThat(relations(of("German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin. "
                + "He urged Russia to withdraw."), "APPEALS_TO")).anyMatch(between("scholz", "RUS"));
        // The near miss: a sentence before that names no person leaves "He" no one.
        assertThat(relations(of("Germany met France in Berlin. He urged Russia to withdraw."), "APPEALS_TO"))
                .isEmpty();
    }

    @Test
    void toPressAStateToActIsAnAppealButToPressAheadIsNot() {
        assertThat(relations(of("Japan pressed China to release the detained employee."), "APPEALS_TO"))
                .anyMatch(between("JPN", "CHN"));
        assertThat(relations(of("Japan pressed ahead with talks with China."), "APPEALS_TO")).isEmpty();
    }
}
