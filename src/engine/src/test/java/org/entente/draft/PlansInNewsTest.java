package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;
import static org.entente.draft.Drafts.stances;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * An organisation's plans as news names them: an enlargement (a state's bid for membership, its application,
 * candidacy or accession protocol, its membership sought, "the bid" referred back to) is the organisation's decision,
 * and consent is given ("gave the green light to", "signed off on"), held back ("held up", "withheld its approval of")
 * or refused ("refused to ratify"). The sentences are of contexts no development article holds, each with a near
 * miss: a state's own plan, a membership held, a stance negated, consent withheld that approves nothing.
 */
class PlansInNewsTest {

    @Nested
    class Enlargements {

        @Test
        void aStatesBidToJoinIsTheOrganisationsDecision() {
            Draft draft = of("Austria blocked Serbia's bid for EU membership.");
            assertThat(only(draft.ofType("Initiative")).fields()).containsEntry("organisation", "EU");
            assertThat(stances(draft)).containsExactly("AUT>OPPOSES");
            // The near misses: a block negated is no stance, and a state's own plan is no initiative.
            assertThat(of("Austria did not block Serbia's bid for EU membership.").ofType("Position")).isEmpty();
            assertThat(of("Austria blocked Serbia's plan to build a dam.").ofType("Initiative")).isEmpty();
        }

        @Test
        void aBidForMembershipIsTheOrganisationsPlanAndTheBidRefersBackToIt() {
            Draft draft = of("Serbia's bid for EU membership has stalled for years. Austria blocked the bid in May.");
            DraftFact plan = only(draft.ofType("Initiative"));
            assertThat(plan.fields()).containsEntry("organisation", "EU").containsEntry("region", "southeast-europe");
            assertThat(only(draft.ofType("Position")).field("initiative")).isEqualTo(plan.id());
            assertThat(stances(draft)).containsExactly("AUT>OPPOSES");
            // The near misses: a bid no organisation decides is no plan, and "the bid" with none drafted is no one's.
            assertThat(of("Qatar's bid for the World Cup succeeded.").ofType("Initiative")).isEmpty();
            assertThat(of("Austria blocked the bid in May.").ofType("Position")).isEmpty();
        }

        @Test
        void aMembershipSoughtIsAPlanAndOneHeldIsNot() {
            Draft draft = of("Croatia lifted its veto on Montenegro's membership of the EU.");
            assertThat(only(draft.ofType("Initiative")).fields()).containsEntry("organisation", "EU");
            assertThat(stances(draft)).containsExactly("HRV>SUPPORTS");
            // The near miss: the actor's own membership is one it holds, which no one decides.
            Draft held = of("Chile lifted its veto on its membership of the OAS.");
            assertThat(held.ofType("Initiative")).isEmpty();
            assertThat(held.ofType("Position")).isEmpty();
        }

        @Test
        void aRefusalToRatifyAnAccessionProtocolOpposesIt() {
            Draft draft = of("Spain refused to ratify Kosovo's accession protocol to the Council of Europe.");
            assertThat(only(draft.ofType("Initiative")).fields()).containsEntry("organisation", "COE");
            assertThat(stances(draft)).containsExactly("ESP>OPPOSES");
            // The near miss: a treaty no organisation decides is no plan to take a stance on.
            assertThat(of("Spain refused to ratify the treaty.").ofType("Position")).isEmpty();
        }
    }

    @Nested
    class Consent {

        @Test
        void aGreenLightOrASignOffSupportsThePlan() {
            assertThat(stances(of("Greece gave the green light to Albania's accession to the EU.")))
                    .containsExactly("GRC>SUPPORTS");
            Draft mission = of("Germany signed off on the EU's mission in Niger.");
            assertThat(only(mission.ofType("Initiative")).fields()).containsEntry("organisation", "EU");
            assertThat(stances(mission)).containsExactly("DEU>SUPPORTS");
            // The near misses: a state's own plan and a deal of no organisation take no stance.
            assertThat(of("Kenya gave the green light to its own plan to build a port.").ofType("Position"))
                    .isEmpty();
            assertThat(of("Germany signed off on the deal.").ofType("Position")).isEmpty();
        }

        @Test
        void aWayClearedSupportsThePlanAndAWayBlockedOpposesIt() {
            assertThat(stances(of("Greece cleared the way for Albania's accession to the EU.")))
                    .containsExactly("GRC>SUPPORTS");
            assertThat(stances(of("Cyprus stood in the way of Georgia's candidacy for EU membership.")))
                    .containsExactly("CYP>OPPOSES");
            // The near misses: a ruling is no actor to take a stance, and a way no longer barred bars nothing.
            assertThat(of("The ruling cleared the way for Albania's accession to the EU.").ofType("Position"))
                    .isEmpty();
            assertThat(of("Cyprus would no longer stand in the way of Georgia's candidacy for EU membership.")
                    .ofType("Position")).isEmpty();
        }

        @Test
        void aGreenLightThatCouldBeGivenIsOnlyPossible() {
            DraftFact stance = only(of("Greece could give the green light to Albania's accession to the EU.")
                    .ofType("Position"));
            assertThat(stance.status()).isEqualTo(FactStatus.POSSIBLE);
        }

        @Test
        void consentHeldBackDelaysThePlanAndApprovesNothing() {
            assertThat(stances(of("Slovenia held up Bosnia's application to join the EU.")))
                    .containsExactly("SVN>DELAYS");
            assertThat(stances(of("Cyprus withheld its approval of Georgia's candidacy for EU membership.")))
                    .containsExactly("CYP>DELAYS");
            // The near misses: a banner held up and aid withheld are no stance on a plan.
            assertThat(of("Kenya held up a banner.").ofType("Position")).isEmpty();
            assertThat(of("Cyprus withheld aid from Georgia.").ofType("Position")).isEmpty();
            // Aid withheld is still aid cut: "withhold" undoes only a stance of consent, not every act.
            assertThat(Drafts.relations(of("The United States withheld military assistance to Egypt."),
                    "REDUCES_RELATIONS")).hasSize(1);
        }
    }

    @Nested
    class Names {
        private DraftFact plan(String sentence) {
            return only(of(sentence).ofType("Initiative"));
        }

        @Test
        void aPlanIsNamedFromItsNounWithWhosePlanItIsAndLiesWhereThatStateDoes() {
            DraftFact accession = plan("Greece approved Montenegro's accession to the EU.");
            assertThat(accession.field("name")).isEqualTo("Montenegro's accession to the EU");
            assertThat(accession.field("region")).isEqualTo("southeast-europe");
            DraftFact bid = plan("Cyprus blocked Albania's EU membership bid on Monday.");
            assertThat(bid.field("name")).isEqualTo("Albania's EU membership bid");
            assertThat(bid.field("region")).isEqualTo("southeast-europe");
            assertThat(plan("Greece blocked Albania's bid to join the EU.").field("name"))
                    .isEqualTo("Albania's bid to join the EU");
        }

        @Test
        void aPlansNameEndsBeforeATimeOrTheSentencesVerb() {
            assertThat(plan("The EU's plan to send a mission to Haiti drew criticism.").field("name"))
                    .isEqualTo("a mission to Haiti");
            // The near miss: a decision named by its verb keeps its own words, the organisation's noun before them.
            assertThat(plan("EU leaders agreed to open membership talks with Moldova.").field("name"))
                    .isEqualTo("membership talks with Moldova");
        }
    }
}
