package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;
import static org.entente.draft.Drafts.relations;

import org.junit.jupiter.api.Test;

/**
 * An act named by its noun and then done by a named agent in a relative clause ("the strike Israel carried out on
 * Syria", "the sanctions that Kenya imposed") is drafted from that clause, and the stance verb before the noun acts on
 * it: one sentence, two relations. Each with a near miss.
 */
class ActsNamedThenDoneTest {

    @Test
    void aCondemnedStrikeCarriedOutByANamedAgentIsDraftedAndCondemned() {
        assertActedOn("Jordan condemned the strikes Turkey launched on Iraq on Monday.", "CONDEMNS", "ATTACKS",
                "TUR", "IRQ");
    }

    @Test
    void aWelcomedAgreementReachedByANamedAgentIsDraftedAndSupported() {
        assertActedOn("Chile welcomed the agreement that Peru reached with Bolivia.", "SUPPORTS", "SIGNS_AGREEMENT",
                "PER", "BOL");
    }

    @Test
    void rejectedSanctionsThatANamedAgentImposedAreDraftedAndRejected() {
        assertActedOn("Egypt rejected the sanctions that Kenya imposed on Uganda.", "REJECTS", "SANCTIONS", "KEN",
                "UGA");
    }

    @Test
    void theAgentIsANameHoweverTheTaggerReadsIt() {
        // The tagger reads "Ethiopia" after "the deal" as a common noun; capitalised, it is still the agent's name.
        assertActedOn("Egypt rejected the deal Ethiopia signed with Somaliland.", "REJECTS", "SIGNS_AGREEMENT", "ETH",
                "SOMALILAND");
    }

    @Test
    void aStrikeWithNoAgentNamedAfterItIsNoAct() {
        // The near misses: a date after the noun, or a clause whose verb is no act of the agent, names no one who did it.
        assertThat(of("Jordan condemned the strike Monday.").ofType("Relation")).isEmpty();
        assertThat(relations(of("Jordan condemned the strike Turkey said was needed."), "ATTACKS")).isEmpty();
    }

    private static void assertActedOn(String text, String stance, String kind, String agent, String object) {
        Draft draft = of(text);
        DraftFact act = only(relations(draft, kind));
        assertThat(act.field("from")).isEqualTo(agent);
        assertThat(act.field("to")).isEqualTo(object);
        assertThat(only(relations(draft, stance)).field("to")).isEqualTo(act.id());
    }
}
