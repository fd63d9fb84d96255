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

    @Test
    void theTruceIsTheCeasefireAgreedBefore() {
        Draft draft = of("Chad and Sudan agreed a truce on Monday. Egypt welcomed the truce.");
        assertThat(only(relations(draft, "SUPPORTS")).field("to"))
                .isIn(relations(draft, "SIGNS_AGREEMENT").stream().map(DraftFact::id).toList());
        // The near miss: a truce no one was reported to agree is no fact to welcome.
        assertThat(relations(of("Egypt welcomed the truce."), "SUPPORTS")).isEmpty();
    }

    @Test
    void aReferenceToAnActIsStillReadByTheWordsOfAPattern() {
        // "the deal" refers back to the deal of March, and its noun still completes the words of a new signature.
        Draft draft = of("Japan signed a trade deal with Vietnam in March. Chile and Peru signed the deal in May.");
        assertThat(relations(draft, "SIGNS_AGREEMENT")).anyMatch(fact -> "CHL".equals(fact.field("from"))
                && "PER".equals(fact.field("to")));
        // The near miss: discussing the deal signs nothing.
        assertThat(relations(of("Japan signed a trade deal with Vietnam in March. Chile and Peru discussed the deal "
                + "in May."), "SIGNS_AGREEMENT")).noneMatch(fact -> "CHL".equals(fact.field("from")));
    }

    @Test
    void soDidAnotherIsTheSameActByAnother() {
        Draft draft = of("Brazil condemned Venezuela on Monday, and so did Chile.");
        assertThat(relations(draft, "CONDEMNS")).extracting(fact -> fact.field("from"))
                .containsExactlyInAnyOrder("BRA", "CHL");
        assertThat(relations(of("Brazil condemned Venezuela, as did Chile."), "CONDEMNS")).anyMatch(
                fact -> "CHL".equals(fact.field("from")) && "VEN".equals(fact.field("to")));
        // The near miss: with no act reported before the words, there is nothing to do again.
        assertThat(of("Brazil said it had no comment, and so did Chile.").ofType("Relation")).isEmpty();
    }

    @Test
    void aSecretaryGeneralIsNoSecretaryNamedBefore() {
        Draft draft = of("Ali Shamkhani, the secretary of Iran's Supreme National Security Council, visited Beijing. "
                + "Brazil condemned Iran, and so did the secretary-general of the Arab League.");
        assertThat(relations(draft, "CONDEMNS")).noneMatch(fact -> "shamkhani".equals(fact.field("from")));
        // The title alone still refers back to him.
        assertThat(relations(of("Ali Shamkhani, the secretary of Iran's Supreme National Security Council, visited "
                + "Beijing. Brazil condemned Iran, and so did the secretary."), "CONDEMNS"))
                .anyMatch(fact -> "shamkhani".equals(fact.field("from")));
    }

    @Test
    void aForceRunUnderAnOrganisationIsItsAndTheStatesNamedAsTakingPartSupportIt() {
        Draft draft = of("France is assembling a naval mission to escort tankers in the Strait of Hormuz. The mission "
                + "will operate under the European Union. The minister named Greece, Denmark and Belgium as taking "
                + "part.");
        DraftFact mission = only(draft.ofType("Initiative"));
        assertThat(mission.field("organisation")).isEqualTo("EU");
        assertThat(draft.ofType("Position")).extracting(position -> position.field("actor"))
                .containsExactlyInAnyOrder("GRC", "DNK", "BEL");
        assertThat(draft.ofType("Position")).allMatch(position -> mission.id().equals(position.field("initiative"))
                && "SUPPORTS".equals(position.field("stance")));
        // The near misses: with no force drafted, neither an owner nor a participant.
        Draft none = of("The talks will be led by the European Union. The minister named Greece as taking part.");
        assertThat(none.ofType("Initiative")).isEmpty();
        assertThat(none.ofType("Position")).isEmpty();
    }
}
