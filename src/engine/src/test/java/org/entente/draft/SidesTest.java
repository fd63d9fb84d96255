package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.between;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.relations;

import org.junit.jupiter.api.Test;

/**
 * "Both sides", "the two neighbours", "all parties" are the two sides of what the article is about, whichever states
 * the sentence before named; "them" is the many the sentence named last. Each with a near miss.
 */
class SidesTest {

    private static final String DISPUTE = "Thailand and Cambodia exchanged fire along their border on Monday. "
            + "Thailand accused Cambodia of laying new mines, and Cambodia said Thai troops had crossed first. "
            + "In Kuala Lumpur, Malaysia's prime minister discussed the clashes with the Indonesian president. ";

    @Test
    void bothSidesAreTheTwoTheArticleIsAbout() {
        Draft draft = of(DISPUTE + "The United Nations urged both sides to show restraint.");
        assertThat(relations(draft, "APPEALS_TO")).anyMatch(between("UN", "THA")).anyMatch(between("UN", "KHM"))
                .noneMatch(between("UN", "MYS")).noneMatch(between("UN", "IDN"));
        assertThat(relations(of(DISPUTE + "China called on the two neighbours to talk."), "APPEALS_TO"))
                .anyMatch(between("CHN", "THA")).anyMatch(between("CHN", "KHM"));
        assertThat(relations(of(DISPUTE + "Japan urged all parties to respect the ceasefire."), "APPEALS_TO"))
                .anyMatch(between("JPN", "THA")).anyMatch(between("JPN", "KHM"));
    }

    @Test
    void bothForcesAreTheTwoSidesOfAWar() {
        assertThat(relations(of(DISPUTE + "The United Nations urged both forces to observe the truce."), "APPEALS_TO"))
                .anyMatch(between("UN", "THA")).anyMatch(between("UN", "KHM")).noneMatch(between("UN", "MYS"));
        assertThat(relations(of(DISPUTE + "Laos called on the two armies to hold talks."), "APPEALS_TO"))
                .anyMatch(between("LAO", "THA")).anyMatch(between("LAO", "KHM"));
        // The near miss: with no war the article is about, "both forces" are no one named.
        assertThat(relations(of("A storm hit Thailand on Monday. The United Nations urged both forces to observe the "
                + "truce."), "APPEALS_TO")).isEmpty();
    }

    @Test
    void anActorNamedInPassingIsNoSide() {
        // The near miss: the article has named no dispute, only a state once.
        assertThat(relations(of("A storm hit Thailand on Monday. The United Nations urged both sides to show "
                + "restraint."), "APPEALS_TO")).isEmpty();
    }

    @Test
    void themIsTheManyTheSentenceNamedLast() {
        Draft draft = of(DISPUTE + "Vietnam, which trades with both countries, urged them to talk.");
        assertThat(relations(draft, "APPEALS_TO")).anyMatch(between("VNM", "THA")).anyMatch(between("VNM", "KHM"));
        assertThat(relations(of("Japan and South Korea held talks in Tokyo. China urged them to cooperate."),
                "APPEALS_TO")).isEmpty();
        // The near miss: the many right before the verb are its subject, not its object.
        assertThat(relations(of("Kenya and Uganda urged them to cooperate."), "APPEALS_TO")).isEmpty();
    }
}
