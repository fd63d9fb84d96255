package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.between;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.relations;

import org.junit.jupiter.api.Test;

/**
 * Wrong readings that an audit of news the drafter had never seen found: acts no one is said to have done, talks that
 * are a negotiation begun, a visitor read as the visited, ties kept read as an intention. Each removes a reading, with
 * the sentence that keeps it beside the one that loses it.
 */
class FreshNewsPrecisionTest {

    @Test
    void anActAfterAnyIsNoAct() {
        assertThat(relations(of("Chile held talks with Bolivia in Santiago on Monday."), "MEETS"))
                .anyMatch(between("CHL", "BOL"));
        // The near misses: talks rejected outright, an attack only warned of.
        assertThat(relations(of("Chile rejected any talks with Bolivia over the corridor."), "MEETS")).isEmpty();
        assertThat(relations(of("Peru warned that any attack on Ecuador would be answered with force."), "ATTACKS"))
                .isEmpty();
        assertThat(relations(of("Uruguay said it opposed any new sanctions on Paraguay."), "SANCTIONS")).isEmpty();
    }

    @Test
    void anyBeforeAnotherVerbLeavesTheActAfterIt() {
        assertThat(relations(of("Fiji imposed sanctions on Tonga after it refused any inquiry."), "SANCTIONS"))
                .anyMatch(between("FJI", "TON"));
    }

    @Test
    void sanctionsRuledOutAreNone() {
        assertThat(relations(of("Chile imposed sanctions on Bolivia."), "SANCTIONS")).anyMatch(between("CHL", "BOL"));
        // The near miss: "ruled" alone negates nothing ("the court ruled that ...").
        assertThat(relations(of("Chile ruled out sanctions on Bolivia."), "SANCTIONS")).isEmpty();
        assertThat(relations(of("Chile ruled that its sanctions on Bolivia were lawful."), "SANCTIONS"))
                .anyMatch(between("CHL", "BOL"));
    }

    @Test
    void talksOpenedWithACandidateAreNoMeeting() {
        assertThat(relations(of("The European Union opened accession talks with Albania on Tuesday."), "MEETS"))
                .isEmpty();
        assertThat(relations(of("The bloc said membership talks with Georgia would start next year."), "MEETS"))
                .isEmpty();
        // The near miss: talks held are a meeting.
        assertThat(relations(of("Albania held talks with Serbia in Tirana."), "MEETS"))
                .anyMatch(between("ALB", "SRB"));
    }

    @Test
    void aVisitorIsNotTheVisited() {
        assertThat(relations(of("Foreign Minister Kenji Tanaka of Japan and visiting Chilean counterpart Mario Soto "
                + "agreed on Monday to expand trade."), "VISITS")).isEmpty();
        // The near miss: a place visited is still a visit.
        assertThat(relations(of("Chilean Foreign Minister Mario Soto is visiting Japan this week."), "VISITS"))
                .anyMatch(fact -> "JPN".equals(fact.field("to")));
    }

    @Test
    void tiesKeptAreNoIntention() {
        assertThat(relations(of("Kenya said it would work closely with Uganda on the border."),
                "INTENDS_TO_COOPERATE")).anyMatch(between("KEN", "UGA"));
        // The near miss: "working" before a noun is an adjective, and the ties are kept, not promised.
        assertThat(relations(of("Kenya, whose president has kept working ties with Uganda, abstained."),
                "INTENDS_TO_COOPERATE")).isEmpty();
    }
}
