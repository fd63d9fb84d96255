package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.relations;

import org.junit.jupiter.api.Test;

/**
 * Which drafted act a definite noun of an act refers back to: the one the words after it name a party of, else the
 * latest whose sides the sentence names, else the latest; a possessive before the noun names whose act it is; a noun
 * of several kinds ("Ghana's decision") names an act of any of them, and one of `ownedActNouns` only after such a
 * possessive. With no such act drafted, it refers to nothing.
 */
class ActReferencesTest {

    @Test
    void theAttackIsTheOneOnTheStateTheSentenceNamesNotALaterOneOnAnother() {
        Draft draft = of("Armenia shelled Azerbaijan on Monday. Israel struck Syria on Tuesday. Baku called the attack "
                + "a grave violation of Azerbaijan's sovereignty.");
        assertThat(relations(draft, "CONDEMNS")).singleElement()
                .satisfies(fact -> assertThat(fact.field("to")).isEqualTo("rel-arm-attacks-aze"));
    }

    @Test
    void theAttackOfASentenceNamingNeitherPairIsTheLatest() {
        Draft draft = of("Armenia shelled Azerbaijan on Monday. Israel struck Syria on Tuesday. Egypt called the attack "
                + "a grave violation of international law.");
        assertThat(relations(draft, "CONDEMNS")).singleElement()
                .satisfies(fact -> assertThat(fact.field("to")).isEqualTo("rel-isr-attacks-syr"));
    }

    @Test
    void thePartyAfterTheNounPicksAnEarlierActOfThatParty() {
        Draft draft = of("Russia attacked Georgia in August. Israel struck Syria on Tuesday. France condemned the attack "
                + "on Georgia.");
        assertThat(relations(draft, "CONDEMNS")).singleElement()
                .satisfies(fact -> assertThat(fact.field("to")).isEqualTo("rel-rus-attacks-geo"));
    }

    @Test
    void aPossessiveBeforeTheNounNamesWhoseActItIs() {
        Draft draft = of("Kenya revoked its defence pact with Uganda on Monday. Peru condemned Chile in March. "
                + "Uganda called Kenya's decision a betrayal.");
        assertThat(relations(draft, "CONDEMNS")).anyMatch(fact -> "UGA".equals(fact.field("from"))
                && String.valueOf(fact.field("to")).startsWith("rel-ken-cancels"));
    }

    @Test
    void aPossessiveOfAnActorWithNoSuchActDraftedNamesNothing() {
        Draft draft = of("Kenya revoked its defence pact with Uganda on Monday. Uganda called Tanzania's decision a "
                + "betrayal.");
        assertThat(relations(draft, "CONDEMNS")).isEmpty();
    }

    @Test
    void anOwnersDecisionNamesItsActOfAnyOfTheNounsKinds() {
        Draft draft = of("Ghana expelled Togo's ambassador on Monday. Togo condemned Ghana's decision.");
        assertThat(relations(draft, "CONDEMNS")).singleElement()
                .satisfies(fact -> assertThat(fact.field("to")).isEqualTo("rel-gha-reduces-relations-tgo"));
    }

    @Test
    void theDecisionWithNoOwnerNamesNothingEvenAfterAnAct() {
        Draft draft = of("Ghana expelled Togo's ambassador on Monday. Togo condemned the decision.");
        assertThat(relations(draft, "CONDEMNS")).isEmpty();
    }
}
