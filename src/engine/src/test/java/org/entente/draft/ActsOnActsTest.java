package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;
import static org.entente.draft.Drafts.relations;

import org.junit.jupiter.api.Test;

/**
 * What an act on an act points at: a definite noun of an act ("the accusation", "the charge", "the strikes") is the
 * latest relation of that kind the article drafted, the sentence's own included when it reports the act before the
 * noun; with no such act drafted, the noun refers to nothing. Each with a near miss.
 */
class ActsOnActsTest {

    @Test
    void anActsNounAfterTheActInTheSameSentenceIsThatAct() {
        Draft draft = of("Rabat accuses Algiers of arming the separatists; Algeria rejects the accusation.");
        DraftFact accusation = only(relations(draft, "ACCUSES"));
        DraftFact rejection = only(relations(draft, "REJECTS"));
        assertThat(rejection.field("from")).isEqualTo("DZA");
        assertThat(rejection.field("to")).isEqualTo(accusation.id());
    }

    @Test
    void anActsNounBeforeTheActInTheSameSentenceIsNoReferenceToIt() {
        // The rejection comes first: "the accusation" is one the article has not reported, so nothing is rejected.
        Draft draft = of("Algeria rejects the accusation, and Rabat accuses Algiers of arming the separatists.");
        assertThat(relations(draft, "ACCUSES")).hasSize(1);
        assertThat(relations(draft, "REJECTS")).isEmpty();
    }

    @Test
    void theChargeIsTheAccusationDraftedBefore() {
        Draft draft = of("Georgia accused Russia of backing the rioters in Tbilisi. "
                + "Russia's President Vladimir Putin rejected the charge.");
        DraftFact accusation = only(relations(draft, "ACCUSES"));
        assertThat(only(relations(draft, "REJECTS")).field("to")).isEqualTo(accusation.id());
        // The near miss: a charge with no accusation reported refers to nothing.
        assertThat(relations(of("Russia's President Vladimir Putin rejected the charge."), "REJECTS")).isEmpty();
    }
}
