package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.between;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;
import static org.entente.draft.Drafts.relations;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Stances on a plan by vote, veto and adoption; relations a bloc and its members reduce (a suspension, a withdrawal,
 * relations downgraded, diplomats ordered out); terms two parties agree on; and a denial inside a relative clause,
 * which denies nothing the main verb says; a body's text drafted by a state ("a French-drafted resolution"), and a force
 * led by another than the one drafted. Each with a near miss.
 */
class StancesAndTiesTest {

    private static final String PLAN = "The African Union unveiled a plan to deploy peacekeepers in Somalia on Monday. ";

    @Nested
    class Stances {

        @Test
        void aVetoOpposesThePlanItStops() {
            Draft draft = of(PLAN + "Egypt vetoed the plan on Tuesday.");
            String plan = only(draft.ofType("Initiative")).id();
            DraftFact position = only(draft.ofType("Position"));
            assertThat(position.fields()).containsEntry("actor", "EGY").containsEntry("initiative", plan)
                    .containsEntry("stance", "OPPOSES");
            assertThat(position.evidence()).containsExactly("Egypt vetoed the plan on Tuesday.");
            assertThat(position.status()).isEqualTo(FactStatus.OCCURRED);
            assertThat(position.pattern()).isEqualTo("veto");
            // The near misses: a veto not cast, and a veto of a plan the article never drafted.
            assertThat(of(PLAN + "Egypt did not veto the plan.").ofType("Position")).isEmpty();
            assertThat(of("Egypt vetoed the plan on Tuesday.").ofType("Position")).isEmpty();
        }

        @Test
        void aPlanDelayedIsStillOnlyDelayed() {
            DraftFact position = only(of(PLAN + "Egypt said it would delay the plan.").ofType("Position"));
            assertThat(position.fields()).containsEntry("stance", "DELAYS");
            assertThat(position.status()).isEqualTo(FactStatus.PLANNED);
            assertThat(position.attribution()).isEqualTo("EGY");
        }

        @Test
        void votesAgainstAPlanOpposeItForEachVoter() {
            Draft draft = of(PLAN + "Egypt and Kenya voted against the plan on Tuesday.");
            assertThat(draft.ofType("Position")).extracting(fact -> fact.field("actor") + ">" + fact.field("stance"))
                    .containsExactly("EGY>OPPOSES", "KEN>OPPOSES");
            // The near miss: votes against a plan the article never drafted.
            assertThat(of("Egypt and Kenya voted against the plan on Tuesday.").ofType("Position")).isEmpty();
        }

        @Test
        void adoptingAPlanSupportsIt() {
            Draft draft = of(PLAN + "Kenya adopted the plan on Friday.");
            assertThat(draft.ofType("Position")).extracting(fact -> fact.field("actor") + ">" + fact.field("stance"))
                    .containsExactly("KEN>SUPPORTS");
            assertThat(of(PLAN + "Kenya has not adopted the plan.").ofType("Position")).isEmpty();
        }
    }

    @Nested
    class TextsOfABody {
        private static final String COUNCIL = "The Security Council met in New York on Monday. ";

        @Test
        void aSponsoredResolutionIsTheCouncilsPlanBackedByItsSponsorAndOpposedByItsVetoes() {
            Draft draft = of(COUNCIL + "Brazil and India vetoed a French-drafted resolution on tighter sanctions.");
            DraftFact resolution = only(draft.ofType("Initiative"));
            assertThat(resolution.fields()).containsEntry("organisation", "UNSC")
                    .containsEntry("name", "resolution on tighter sanctions");
            assertThat(draft.ofType("Position")).extracting(fact -> fact.field("actor") + ">" + fact.field("stance")
                    + ">" + fact.field("initiative")).containsExactlyInAnyOrder("FRA>SUPPORTS>" + resolution.id(),
                    "BRA>OPPOSES>" + resolution.id(), "IND>OPPOSES>" + resolution.id());
            DraftFact sponsor = draft.ofType("Position").stream().filter(fact -> "FRA".equals(fact.field("actor")))
                    .findFirst().orElseThrow();
            assertThat(sponsor.evidence()).containsExactly(
                    "Brazil and India vetoed a French-drafted resolution on tighter sanctions.");
            assertThat(sponsor.pattern()).isEqualTo("sponsored-text");
            // The council is the UN's organ, so what it decides folds into the UN, as the curated packs hold it.
            assertThat(Drafts.actor(draft, "UNSC").fields()).containsEntry("partOf", "UN");
        }

        @Test
        void aTextAboutAPlaceLiesInThatStatesRegion() {
            Draft draft = of(COUNCIL + "The United States blocked a Russian-drafted statement condemning the strike in "
                    + "Damascus.");
            assertThat(only(draft.ofType("Initiative")).fields()).containsEntry("region", "western-asia");
            assertThat(draft.ofType("Position")).extracting(fact -> fact.field("actor") + ">" + fact.field("stance"))
                    .containsExactlyInAnyOrder("RUS>SUPPORTS", "USA>OPPOSES");
        }

        @Test
        void withNoBodyNamedOrNoSponsorThereIsNoText() {
            assertThat(of("Brazil vetoed a French-drafted resolution on tighter sanctions.").ofType("Initiative"))
                    .isEmpty();
            Draft led = of(COUNCIL + "Brazil joined a French-led mission on Monday.");
            assertThat(led.ofType("Initiative")).isEmpty();
            assertThat(led.ofType("Position")).isEmpty();
        }
    }

    @Nested
    class OtherForces {
        private static final String MISSION = "France launched a European naval mission to escort ships in the Strait "
                + "of Hormuz. ";

        @Test
        void aMissionLedByAnotherIsNotTheForceDrafted() {
            assertThat(of(MISSION + "Denmark said it would take part only in a mission led by NATO.")
                    .ofType("Position")).isEmpty();
        }

        @Test
        void theMissionLedByItsOwnOwnerIsTheForceDrafted() {
            Draft draft = of(MISSION + "Denmark said it would take part in the mission led by France.");
            String mission = only(draft.ofType("Initiative")).id();
            DraftFact position = only(draft.ofType("Position"));
            assertThat(position.fields()).containsEntry("actor", "DNK").containsEntry("initiative", mission)
                    .containsEntry("stance", "SUPPORTS");
            assertThat(position.attribution()).isEqualTo("DNK");
        }
    }

    @Nested
    class ReducedTies {

        @Test
        void aBlocThatSuspendsAMemberReducesRelationsWithItInEitherVoice() {
            DraftFact suspension = only(relations(of("The Arab League suspended Syria after the 2011 crackdown."),
                    "REDUCES_RELATIONS"));
            assertThat(suspension.fields()).containsEntry("from", "ARAB-LEAGUE").containsEntry("to", "SYR");
            assertThat(suspension.status()).isEqualTo(FactStatus.OCCURRED);
            assertThat(relations(of("Syria was suspended by the Arab League in 2011."), "REDUCES_RELATIONS"))
                    .anyMatch(between("ARAB-LEAGUE", "SYR"));
            // The near misses: talks suspended name no member; a suspension not made is none.
            assertThat(relations(of("The Arab League suspended its meeting on Monday."), "REDUCES_RELATIONS"))
                    .isEmpty();
            assertThat(relations(of("The Arab League did not suspend Syria."), "REDUCES_RELATIONS")).isEmpty();
        }

        @Test
        void aMembersWithdrawalFromTheBlocReducesRelationsButTroopsWithdrawnDoNot() {
            assertThat(relations(of("Morocco announced its withdrawal from the African Union."), "REDUCES_RELATIONS"))
                    .anyMatch(between("MAR", "AU"));
            assertThat(relations(of("Russia announced the withdrawal of its troops from Syria."), "REDUCES_RELATIONS"))
                    .isEmpty();
            assertThat(relations(of("Russian troops withdrew from Syria."), "REDUCES_RELATIONS")).isEmpty();
        }

        @Test
        void leavingABodyOrFreezingOnesPartInItReducesRelationsWithIt() {
            DraftFact frozen = only(relations(of("Armenia froze its participation in the CSTO."), "REDUCES_RELATIONS"));
            assertThat(frozen.fields()).containsEntry("from", "ARM").containsEntry("to", "CSTO");
            assertThat(frozen.evidence()).containsExactly("Armenia froze its participation in the CSTO.");
            assertThat(relations(of("Mali and Chad withdrew from the African Union last year."), "REDUCES_RELATIONS"))
                    .extracting(fact -> fact.field("from") + ">" + fact.field("to"))
                    .containsExactlyInAnyOrder("MLI>AU", "TCD>AU");
            // The near misses: a state is no body one withdraws from; a freeze not made is none.
            assertThat(relations(of("Russia withdrew from Syria in December."), "REDUCES_RELATIONS")).isEmpty();
            assertThat(relations(of("Armenia has not frozen its participation in the CSTO."), "REDUCES_RELATIONS"))
                    .isEmpty();
        }

        @Test
        void relationsDowngradedAndDiplomatsOrderedOutAreWithTheOtherState() {
            assertThat(relations(of("Peru downgraded relations to their lowest level and ordered Chilean diplomats "
                    + "out."), "REDUCES_RELATIONS")).anyMatch(between("PER", "CHL"));
            // The near misses: with no other state, no partner; tourists are no one's envoys.
            assertThat(relations(of("Peru downgraded relations to their lowest level."), "REDUCES_RELATIONS"))
                    .isEmpty();
            assertThat(relations(of("Peru ordered Chilean tourists out."), "REDUCES_RELATIONS")).isEmpty();
        }

        @Test
        void aDenialInARelativeClauseDoesNotDenyTheMainVerb() {
            Draft draft = of("Ecuador accused Mexico of spying on its embassy. Mexico, which denied the charge, "
                    + "downgraded relations to their lowest level and expelled Ecuador's ambassador.");
            assertThat(relations(draft, "REDUCES_RELATIONS")).anyMatch(between("MEX", "ECU"));
            // The near miss: a denial of the main verb's act still denies it.
            assertThat(relations(of("Mexico denied that it had downgraded relations with Ecuador."),
                    "REDUCES_RELATIONS")).isEmpty();
        }
    }

    @Nested
    class Agreements {

        @Test
        void twoPartiesAgreeingOnTermsSignAnAgreementDrawnFromTheFirst() {
            Draft draft = of("Chile and Peru agreed on Friday that neither would send troops to the border.");
            DraftFact agreement = only(relations(draft, "SIGNS_AGREEMENT"));
            assertThat(agreement.fields()).containsEntry("from", "CHL").containsEntry("to", "PER");
            assertThat(agreement.evidence()).containsExactly(
                    "Chile and Peru agreed on Friday that neither would send troops to the border.");
            // The near misses: terms not agreed, and one party's account of the other's view.
            assertThat(relations(of("Chile and Peru did not agree that the talks had failed."), "SIGNS_AGREEMENT"))
                    .isEmpty();
            assertThat(relations(of("Chile said that Peru agreed that the talks had failed."), "SIGNS_AGREEMENT"))
                    .isEmpty();
        }

        @Test
        void anOfferToHelpSettleADisputeIsTowardItsSides() {
            String dispute = "Chile accused Peru of moving troops. Peru denied it and accused Chile of provocation. ";
            Draft draft = of(dispute + "Brazil, which is close to both countries, offered to play a constructive role.");
            assertThat(relations(draft, "INTENDS_TO_COOPERATE")).extracting(fact -> fact.field("from") + ">"
                    + fact.field("to")).containsExactlyInAnyOrder("BRA>CHL", "BRA>PER");
            // One side's offer is toward the other side only.
            assertThat(relations(of(dispute + "Peru offered to mediate."), "INTENDS_TO_COOPERATE"))
                    .extracting(fact -> fact.field("from") + ">" + fact.field("to")).containsExactly("PER>CHL");
            // The near misses: an article with no two sides; a role refused.
            assertThat(relations(of("A storm hit Chile. Brazil offered to play a constructive role."),
                    "INTENDS_TO_COOPERATE")).isEmpty();
            assertThat(relations(of(dispute + "Brazil refused to play a constructive role."), "INTENDS_TO_COOPERATE"))
                    .isEmpty();
        }

        @Test
        void seekingToEstablishRelationsSeeksCloserTies() {
            assertThat(relations(of("Israel, which has been seeking to establish relations with Indonesia, sent an "
                    + "envoy."), "SEEKS_CLOSER_TIES")).anyMatch(between("ISR", "IDN"));
            assertThat(relations(of("Israel has no relations with Indonesia."), "SEEKS_CLOSER_TIES")).isEmpty();
        }
    }
}
