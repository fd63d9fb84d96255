package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Initiatives an organisation decides, named as news names them (a decision to open talks, a body's resolution, a
 * decision that is the object of a stance), the stances taken on them (a veto, a refusal to sign, votes in favour, an
 * abstention, an objection to an extension, a plan called a mistake), where they lie, and a force referred back to by
 * its noun. The sentences are of contexts no development article holds, each with a near miss.
 */
class InitiativesAndStancesTest {

    private static List<String> stances(Draft draft) {
        return draft.ofType("Position").stream()
                .map(fact -> fact.field("actor") + ">" + fact.field("stance")).toList();
    }

    @Nested
    class Decisions {

        @Test
        void anOrganisationThatDecidesToOpenTalksHasAnInitiativeWhereItsPartyIs() {
            DraftFact plan = only(of("African Union leaders agreed on Friday to open accession talks with Eritrea.")
                    .ofType("Initiative"));
            assertThat(plan.fields()).containsEntry("organisation", "AU").containsEntry("region", "eastern-africa")
                    .containsEntry("decidedBy", "CONSENSUS");
            assertThat(plan.pattern()).isEqualTo("decide-to");
            // The near misses: a state's own decision is no organisation's initiative, and an organisation that did
            // not decide has none.
            assertThat(of("Eritrea agreed on Friday to open talks with Sudan.").ofType("Initiative")).isEmpty();
            assertThat(of("African Union leaders did not agree to open talks with Eritrea.").ofType("Initiative"))
                    .isEmpty();
        }

        @Test
        void thePossessiveBeforeAPlanIsItsOwner() {
            Draft draft = of("NATO met in Oslo. Turkey is a member of NATO. Turkey criticised the alliance's new plan "
                    + "to send more troops to Latvia.");
            DraftFact plan = only(draft.ofType("Initiative"));
            assertThat(plan.fields()).containsEntry("organisation", "NATO").containsEntry("region", "northern-europe");
            // The near miss: the plan of a state the subject criticises is no initiative.
            assertThat(of("Turkey criticised Greece's new plan to send more troops to Cyprus.").ofType("Initiative"))
                    .isEmpty();
        }

        @Test
        void aStatesOwnPlanIsNoInitiativeButACoalitionItAssemblesIs() {
            assertThat(of("Peru's plan to launch its own weather satellite was delayed. Chile backed the plan.")
                    .ofType("Initiative")).isEmpty();
            DraftFact force = only(of("France launched a naval mission to escort tankers in the Gulf of Guinea.")
                    .ofType("Initiative"));
            assertThat(force.fields()).containsEntry("organisation", "FRA");
        }

        @Test
        void aBodysResolutionNamedWithItsBodyIsItsInitiative() {
            DraftFact plan = only(of("A resolution of the African Union condemning the coup in Gabon was put to a vote.")
                    .ofType("Initiative"));
            assertThat(plan.fields()).containsEntry("organisation", "AU").containsEntry("region", "middle-africa");
            assertThat(plan.pattern()).isEqualTo("text-of-body");
            // The near miss: a resolution of a state's parliament is no text of a body states decide in.
            assertThat(of("A resolution of Gabon condemning the coup was put to a vote.").ofType("Initiative")).isEmpty();
        }
    }

    @Nested
    class DecisionsAsObjects {

        private static final String MEMBER = "Slovakia is a member of the European Union. ";

        @Test
        void aVetoedRevisionOfABlocsBudgetIsTheBlocsInitiativeWhereItsRelativeClauseSays() {
            Draft draft = of(MEMBER + "Slovakia vetoed a revision of the EU's farm budget that included new funds "
                    + "for Moldova.");
            DraftFact plan = only(draft.ofType("Initiative"));
            assertThat(plan.fields()).containsEntry("organisation", "EU").containsEntry("region", "eastern-europe");
            assertThat(plan.note()).contains("read as a decision of EU");
            assertThat(stances(draft)).containsExactly("SVK>OPPOSES");
            // The near misses: a veto not cast, and a state's own budget.
            assertThat(of(MEMBER + "Slovakia did not veto a revision of the EU's farm budget.").ofType("Initiative"))
                    .isEmpty();
            assertThat(of(MEMBER + "Slovakia vetoed a revision of Austria's farm budget.").ofType("Initiative"))
                    .isEmpty();
        }

        @Test
        void aRefusalToSignABodysDeclarationOpposesIt() {
            Draft draft = of("The Shanghai Cooperation Organisation met in Astana. Kyrgyzstan refused to sign a "
                    + "declaration on assistance to Tajikistan.");
            DraftFact plan = only(draft.ofType("Initiative"));
            assertThat(plan.fields()).containsEntry("organisation", "SCO").containsEntry("region", "central-asia");
            assertThat(stances(draft)).containsExactly("KGZ>OPPOSES");
            // The near misses: the same refusal with no organisation named, and a bare "the declaration", which
            // refers back to a plan drafted before and names none here.
            assertThat(of("Kyrgyzstan refused to sign a declaration on assistance to Tajikistan.").ofType("Position"))
                    .isEmpty();
            assertThat(of("The Shanghai Cooperation Organisation met in Astana. Kyrgyzstan refused to sign the "
                    + "declaration.").ofType("Position")).isEmpty();
        }

        @Test
        void aStatesOwnMissionPostponedIsNoBodysDecision() {
            assertThat(of("The Group of 20 met in Rio. Mexico postponed a trade mission to Brazil.").ofType("Initiative"))
                    .isEmpty();
        }
    }

    @Nested
    class Stances {

        private static final String VOTE = "A resolution of the Organization of American States demanding the release "
                + "of prisoners in Nicaragua fell short, with 15 in favour, among them Canada, Chile and Peru. ";

        @Test
        void votersNamedAfterTheCountInFavourSupportAndAbstainersTakeNoSide() {
            Draft draft = of(VOTE + "Brazil and Mexico abstained.");
            DraftFact plan = only(draft.ofType("Initiative"));
            assertThat(plan.fields()).containsEntry("organisation", "OAS").containsEntry("decidedBy", "MAJORITY");
            assertThat(stances(draft)).containsExactly("CAN>SUPPORTS", "CHL>SUPPORTS", "PER>SUPPORTS", "BRA>NEUTRAL",
                    "MEX>NEUTRAL");
            // The near miss: an abstention with no plan drafted is on nothing.
            assertThat(of("Brazil and Mexico abstained.").ofType("Position")).isEmpty();
        }

        private static final String DEAL = "The United Nations unveiled a plan to extend the grain corridor in the "
                + "Baltic Sea. ";

        @Test
        void anObjectionToAnyExtensionOpposesThePlan() {
            Draft draft = of(DEAL + "Belarus said it objected to any extension.");
            assertThat(stances(draft)).containsExactly("BLR>OPPOSES");
            // The near miss: not objecting.
            assertThat(of(DEAL + "Belarus said it did not object to any extension.").ofType("Position")).isEmpty();
        }

        @Test
        void aPlanCalledAMistakeIsOpposed() {
            assertThat(stances(of(DEAL + "Latvia called the plan a grave mistake."))).containsExactly("LVA>OPPOSES");
            assertThat(of(DEAL + "Latvia called the plan a success.").ofType("Position")).isEmpty();
        }

        @Test
        void aHedgedStanceIsOnlyPossibleAndANegatedOneIsNone() {
            String plan = "NATO members agreed to deploy a rotational force to Estonia. Estonia is a member of NATO. ";
            DraftFact backing = only(of(plan + "Estonia could back the plan.").ofType("Position"));
            assertThat(backing.status()).isEqualTo(FactStatus.POSSIBLE);
            assertThat(of(plan + "Estonia would not oppose the plan.").ofType("Position")).isEmpty();
        }

        @Test
        void aPlanMerelyMentionedIsNoStance() {
            assertThat(of("The European Union agreed to open accession talks with Albania. Serbia's foreign minister "
                    + "discussed the talks in Belgrade.").ofType("Position")).isEmpty();
        }
    }

    @Nested
    class ForcesReferredBack {

        @Test
        void theMissionAfterAVerbIsTheLatestForce() {
            Draft draft = of("The African Union agreed to send a stabilisation mission to Chad. Chad is a member of "
                    + "the African Union. Chad welcomed the mission.");
            String force = only(draft.ofType("Initiative")).id();
            DraftFact position = only(draft.ofType("Position"));
            assertThat(position.fields()).containsEntry("actor", "TCD").containsEntry("initiative", force)
                    .containsEntry("stance", "SUPPORTS");
            // The near miss: "the mission" with no force drafted is no one's.
            assertThat(of("Chad welcomed the mission.").ofType("Position")).isEmpty();
            assertThat(of("Chad welcomed the mission.").ofType("Relation")).isEmpty();
        }
    }
}
