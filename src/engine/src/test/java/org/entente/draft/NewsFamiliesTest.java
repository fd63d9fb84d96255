package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.between;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;
import static org.entente.draft.Drafts.pairs;
import static org.entente.draft.Drafts.relations;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The families of wire-service news added after reading the Solomons and Niger misses (deployments, appeals, cut-offs,
 * coercion, threats, refusals, acts on a force, gatherings, lists and unnamed subjects), each on sentences of other
 * contexts, with a near miss.
 */
class NewsFamiliesTest {

    @Nested
    class Deployments {
        @Test
        void personnelSentToAStateAreCooperationWithIt() {
            assertThat(pairs(of("Kenya sent police officers to Haiti last year."), "DEFENCE_COOPERATION"))
                    .containsExactly("KEN>HTI");
            assertThat(pairs(of("Rwanda deployed peacekeepers to the Central African Republic."),
                    "DEFENCE_COOPERATION")).containsExactly("RWA>CAF");
        }

        @Test
        void personnelSentWithNoDestinationGoWhereTheSentenceIs() {
            DraftFact sent = only(relations(of("When fighting broke out in Juba, Uganda sent personnel."),
                    "DEFENCE_COOPERATION"));
            assertThat(sent.fields()).containsEntry("from", "UGA").containsEntry("to", "SSD");
            assertThat(sent.note()).contains("where the sentence is");
            assertThat(sent.confidence()).isLessThan(0.6);
        }

        @Test
        void aSceneOfTwoStatesOrAnEventsPlaceIsNoDestination() {
            assertThat(relations(of("After talks in Paris and Berlin, Italy sent advisers."), "DEFENCE_COOPERATION"))
                    .isEmpty();
            assertThat(relations(of("At a summit in Abuja, Ghana sent personnel."), "DEFENCE_COOPERATION")).isEmpty();
        }

        @Test
        void troopsSentAtARequestAreCooperationAndTheRequestAnAppeal() {
            Draft draft = of("France deployed soldiers at Mali's request.");
            assertThat(pairs(draft, "DEFENCE_COOPERATION")).containsExactly("FRA>MLI");
            assertThat(pairs(draft, "APPEALS_TO")).containsExactly("MLI>FRA");
        }

        @Test
        void troopsKeptInAStateAreCooperationWithIt() {
            DraftFact kept = only(relations(of("The United States keeps about 28,000 troops in South Korea."),
                    "DEFENCE_COOPERATION"));
            assertThat(kept.fields()).containsEntry("from", "USA").containsEntry("to", "KOR");
            assertThat(kept.status()).isEqualTo(FactStatus.ONGOING);
        }

        @Test
        void troopsSentIntoOrHeldInAStateAreNoCooperation() {
            assertThat(relations(of("Russia sent troops into Ukraine."), "DEFENCE_COOPERATION")).isEmpty();
            assertThat(relations(of("Russia has 100,000 troops in Ukraine."), "DEFENCE_COOPERATION")).isEmpty();
        }

        @Test
        void aDelegationSentToACapitalVisitsItsState() {
            assertThat(pairs(of("Japan sent a delegation to Nairobi."), "VISITS")).containsExactly("JPN>KEN");
            assertThat(relations(of("Japan did not send a delegation to Nairobi."), "VISITS")).isEmpty();
        }
    }

    @Nested
    class Appeals {
        @Test
        void askingAStateForHelpAppealsToIt() {
            assertThat(pairs(of("Haiti asked Kenya for help."), "APPEALS_TO")).containsExactly("HTI>KEN");
            assertThat(pairs(of("Mozambique appealed to Rwanda for troops."), "APPEALS_TO"))
                    .containsExactly("MOZ>RWA");
            assertThat(relations(of("Haiti did not ask Kenya for help."), "APPEALS_TO")).isEmpty();
        }
    }

    @Nested
    class CutOffs {
        @Test
        void cuttingAStatesSuppliesOrFreezingItsAssetsSanctionsIt() {
            assertThat(pairs(of("Russia cut gas supplies to Moldova."), "SANCTIONS")).containsExactly("RUS>MDA");
            assertThat(pairs(of("The European Union froze Russia's central bank reserves."), "SANCTIONS"))
                    .containsExactly("EU>RUS");
            assertThat(pairs(of("Qatar suspended commercial and financial transactions with Bahrain."),
                    "SANCTIONS")).containsExactly("QAT>BHR");
            assertThat(relations(of("Russia did not cut gas supplies to Moldova."), "SANCTIONS")).isEmpty();
        }

        @Test
        void suspendingOnesOwnAidReducesRelations() {
            assertThat(pairs(of("Germany suspended development aid to Niger."), "REDUCES_RELATIONS"))
                    .containsExactly("DEU>NER");
            assertThat(relations(of("Germany resumed development aid to Niger."), "REDUCES_RELATIONS")).isEmpty();
        }
    }

    @Nested
    class CoercionAndThreats {
        @Test
        void detainingAStatesPeopleCoercesIt() {
            assertThat(pairs(of("Russia detained Estonian diplomats."), "COERCES")).containsExactly("RUS>EST");
            assertThat(relations(of("Police detained protesters in Moscow."), "COERCES")).isEmpty();
        }

        @Test
        void threateningForceAgainstAStateThreatensIt() {
            assertThat(pairs(of("China threatened to use force against Taiwan."), "THREATENS"))
                    .containsExactly("CHN>TWN");
            assertThat(relations(of("China has not threatened to use force against Taiwan."), "THREATENS")).isEmpty();
        }
    }

    @Nested
    class Refusals {
        @Test
        void refusingToApplyAnotherStatesSanctionsRejectsThem() {
            Draft draft = of("The United States imposed sanctions on Iran. India said it would not apply the sanctions.");
            DraftFact sanctions = only(relations(draft, "SANCTIONS"));
            assertThat(sanctions.fields()).containsEntry("from", "USA").containsEntry("to", "IRN");
            assertThat(pairs(draft, "REJECTS")).containsExactly("IND>" + sanctions.id());
            assertThat(relations(of("The United States imposed sanctions on Iran. India said it would apply the "
                    + "sanctions."), "REJECTS")).isEmpty();
        }
    }

    @Nested
    class ActsOnAForce {
        private static final String PLAN = "The African Union approved the deployment of a peacekeeping force to "
                + "Somalia. ";

        @Test
        void statesReadyToContributeTroopsSupportTheForce() {
            Draft draft = of(PLAN + "Kenya and Uganda said they were ready to contribute troops.");
            String force = only(draft.ofType("Initiative")).id();
            assertThat(draft.ofType("Position")).extracting(fact -> fact.field("actor") + ">" + fact.field("stance")
                    + ">" + fact.field("initiative")).containsExactly("KEN>SUPPORTS>" + force, "UGA>SUPPORTS>" + force);
        }

        @Test
        void aNonMemberOpposingAnyInterventionObjectsToTheForceAndAWarningOfWarThreatensIt() {
            Draft draft = of(PLAN + "Eritrea, which is not a member, opposed any foreign intervention. Ethiopia warned "
                    + "that any deployment would be treated as a declaration of war.");
            String force = only(draft.ofType("Initiative")).id();
            DraftFact objects = only(relations(draft, "OBJECTS_TO"));
            assertThat(objects.fields()).containsEntry("from", "ERI").containsEntry("to", force);
            assertThat(objects.note()).contains("the latest force");
            assertThat(pairs(draft, "THREATENS")).containsExactly("ETH>" + force);
        }

        @Test
        void withNoForceDraftedTheSameWordsActOnNothing() {
            Draft draft = of("Kenya said it was ready to contribute troops. Eritrea opposed any foreign intervention. "
                    + "Ethiopia warned that any deployment would be treated as a declaration of war.");
            assertThat(draft.ofType("Position")).isEmpty();
            assertThat(draft.ofType("Relation")).isEmpty();
        }
    }

    @Nested
    class FormedForces {
        @Test
        void statesJoiningAMissionAStateLaunchedSupportIt() {
            Draft draft = of("France launched a European naval mission to escort ships in the Strait of Hormuz on "
                    + "Monday. Denmark and Greece joined the mission.");
            DraftFact mission = only(draft.ofType("Initiative"));
            assertThat(mission.fields()).containsEntry("organisation", "FRA");
            assertThat(draft.ofType("Position")).extracting(fact -> fact.field("actor") + ">" + fact.field("stance")
                    + ">" + fact.field("initiative")).containsExactly("DNK>SUPPORTS>" + mission.id(),
                    "GRC>SUPPORTS>" + mission.id());
        }

        @Test
        void joiningTalksOrAMissionNoOneFormedSupportsNothing() {
            assertThat(of("Kenya joined the talks on Monday.").ofType("Position")).isEmpty();
            assertThat(of("Denmark and Greece joined the mission on Monday.").ofType("Position")).isEmpty();
        }
    }

    @Nested
    class AgreementsAndTies {
        @Test
        void revokingOrLeavingAnAgreementCancelsItAndACeasefireIsAnAgreement() {
            Draft draft = of("Mali revoked its defence agreements with France on Monday.");
            DraftFact agreement = only(relations(draft, "SIGNS_AGREEMENT"));
            assertThat(agreement.fields()).containsEntry("from", "MLI").containsEntry("to", "FRA");
            assertThat(pairs(draft, "CANCELS_AGREEMENT")).containsExactly("MLI>" + agreement.id());
            assertThat(pairs(of("The United States withdrew from the nuclear deal with Iran in 2018."),
                    "CANCELS_AGREEMENT")).hasSize(1);
            assertThat(pairs(of("Israel agreed a ceasefire with Hamas on Friday."), "SIGNS_AGREEMENT"))
                    .containsExactly("ISR>HAMAS");
            assertThat(relations(of("Mali has not revoked its defence agreements with France."),
                    "CANCELS_AGREEMENT")).isEmpty();
        }

        @Test
        void restoringRelationsSeeksCloserTiesByEachSideNamed() {
            assertThat(pairs(of("Qatar and Bahrain agreed to restore diplomatic relations on Monday."),
                    "SEEKS_CLOSER_TIES")).containsExactly("QAT>BHR", "BHR>QAT");
            assertThat(pairs(of("Turkey restored diplomatic ties with Egypt last year."), "SEEKS_CLOSER_TIES"))
                    .containsExactly("TUR>EGY");
            assertThat(relations(of("Turkey did not restore ties with Egypt last year."), "SEEKS_CLOSER_TIES"))
                    .isEmpty();
        }

        @Test
        void recognisingAStatesSovereigntySupportsItAndExpellingItsEnvoyReducesRelations() {
            assertThat(pairs(of("Brazil recognised Palestine's statehood in 2010."), "SUPPORTS"))
                    .containsExactly("BRA>PSE");
            assertThat(pairs(of("Poland expelled Russia's ambassador on Monday."), "REDUCES_RELATIONS"))
                    .containsExactly("POL>RUS");
            assertThat(relations(of("Brazil refused to recognise Palestine's statehood in 2010."), "SUPPORTS"))
                    .isEmpty();
        }
    }

    @Nested
    class Hostilities {
        @Test
        void firingMissilesAtAStateOrAnOffensiveAgainstItAttacksIt() {
            assertThat(pairs(of("Russia fired missiles at Ukraine overnight."), "ATTACKS")).containsExactly("RUS>UKR");
            assertThat(pairs(of("Azerbaijan launched an offensive against Armenia on Tuesday."), "ATTACKS"))
                    .containsExactly("AZE>ARM");
            assertThat(relations(of("Russia fired its defence minister on Tuesday."), "ATTACKS")).isEmpty();
        }

        @Test
        void surrenderingToAStateYieldsToItAndWarningItNotToActThreatensIt() {
            assertThat(pairs(of("Eritrea surrendered to Ethiopia on Monday."), "YIELDS_TO")).containsExactly("ERI>ETH");
            assertThat(pairs(of("The United States warned Iran not to retaliate against Israel."), "THREATENS"))
                    .containsExactly("USA>IRN");
            assertThat(relations(of("The rebels surrendered to Ethiopia on Monday."), "YIELDS_TO")).isEmpty();
            assertThat(relations(of("Japan warned that the deal could collapse."), "THREATENS")).isEmpty();
        }
    }

    @Nested
    class Memberships {
        private static List<String> memberships(Draft draft) {
            return draft.ofType("Membership").stream().map(fact -> fact.field("member") + "@"
                    + fact.field("organisation")).toList();
        }

        @Test
        void aStateSuspendedFromAnOrganisationOrChairingItIsAMember() {
            assertThat(memberships(of("Mali was suspended from the African Union in 2020."))).containsExactly("MLI@AU");
            assertThat(memberships(of("Mali and Guinea, themselves suspended from the African Union, said they "
                    + "would attend."))).containsExactly("MLI@AU", "GIN@AU");
            assertThat(memberships(of("French President Emmanuel Macron, who chairs the G7, spoke.")))
                    .containsExactly("FRA@G7");
        }

        @Test
        void aStateExpelledFromAnOrganisationIsNoMember() {
            assertThat(memberships(of("Russia was expelled from the G8 in 2014."))).isEmpty();
        }
    }

    @Nested
    class Gatherings {
        private static List<String> events(Draft draft) {
            return draft.ofType("Event").stream().map(fact -> fact.field("kind") + "@" + fact.field("location") + "@"
                    + fact.field("organiser")).toList();
        }

        @Test
        void anOrganisationsLeadersMeetAtASummitAndItsMinistersAtAMeeting() {
            assertThat(events(of("ECOWAS leaders met in Abuja on Sunday."))).containsExactly("SUMMIT@NGA@ECOWAS");
            assertThat(events(of("NATO's defence ministers met in Madrid."))).containsExactly("MEETING@ESP@NATO");
        }

        @Test
        void talksNamedWithTheirPlaceAreAMeetingThere() {
            assertThat(events(of("After talks in Nairobi, Kenya and Somalia signed a border deal.")))
                    .containsExactly("MEETING@KEN@null");
            assertThat(events(of("Kenya held talks with Somalia."))).isEmpty();
        }

        @Test
        void anOrganisationActingAtASummitThatNamesNoHostHoldsIt() {
            Draft draft = of("The African Union condemned the coup at an emergency summit in Addis Ababa.");
            DraftFact summit = only(draft.ofType("Event"));
            assertThat(events(draft)).containsExactly("SUMMIT@ETH@AU");
            assertThat(summit.note()).contains("the organisation the sentence is about");
            assertThat(events(of("Kenya condemned the coup at a summit in Addis Ababa.")))
                    .containsExactly("SUMMIT@ETH@null");
        }

        @Test
        void aSecondSummitIsAnotherHeldByTheSameHost() {
            assertThat(events(of("The African Union condemned the coup at an emergency summit in Addis Ababa. At a "
                    + "second summit a week later, the leaders agreed to send a mission.")))
                    .containsExactly("SUMMIT@ETH@AU", "SUMMIT@null@AU");
            assertThat(events(of("The African Union condemned the coup at an emergency summit in Addis Ababa. At the "
                    + "summit, the leaders agreed to send a mission."))).containsExactly("SUMMIT@ETH@AU");
        }
    }

    @Nested
    class Subjects {
        @Test
        void aListRightBeforeTheVerbIsItsSubjectEachOfIt() {
            assertThat(pairs(of("Sweden, Norway and Denmark condemned Russia."), "CONDEMNS"))
                    .containsExactly("SWE>RUS", "NOR>RUS", "DNK>RUS");
        }

        @Test
        void aSubjectNoActorNamesIsNoActorsAndARelativeClauseIsPassedOver() {
            assertThat(relations(of("In France, the opposition criticised Germany."), "CONDEMNS")).isEmpty();
            assertThat(relations(of("Members of the presidential guard detained Egypt's ambassador."), "COERCES"))
                    .isEmpty();
            assertThat(pairs(of("Austria, which is not a member of any alliance, condemned Russia."), "CONDEMNS"))
                    .containsExactly("AUT>RUS");
            assertThat(pairs(of("NATO leaders condemned Russia."), "CONDEMNS")).containsExactly("NATO>RUS");
        }

        @Test
        void theyAfterAnApposedOrganisationAreTheStatesBeforeIt() {
            Draft draft = of("Mali and Guinea, themselves suspended from the African Union, said they condemned "
                    + "France.");
            assertThat(relations(draft, "CONDEMNS")).filteredOn(between("MLI", "FRA")).hasSize(1);
            assertThat(pairs(draft, "CONDEMNS")).containsExactly("MLI>FRA", "GIN>FRA");
        }
    }
}
