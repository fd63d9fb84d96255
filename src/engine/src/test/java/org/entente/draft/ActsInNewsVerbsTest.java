package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;
import static org.entente.draft.Drafts.pairs;
import static org.entente.draft.Drafts.relations;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The verbs and nouns news uses for acts that the first patterns missed: an accusation whose object ends the clause,
 * visits named by their noun, calls, promised cooperation, drawing closer, strikes on targets in a state, drills around
 * a state, orders and ultimatums, protests lodged and envoys summoned, standing by a state, and acts called by a word
 * of blame; each on a sentence of another context, with a near miss.
 */
class ActsInNewsVerbsTest {

    @Nested
    class Accusations {
        @Test
        void anAccusationWhoseObjectEndsTheClauseIsOne() {
            DraftFact blamed = only(relations(of("Seoul blamed Pyongyang."), "ACCUSES"));
            assertThat(blamed.fields()).containsEntry("from", "KOR").containsEntry("to", "PRK");
            assertThat(pairs(of("Armenia accused Azerbaijan, and the talks broke down."), "ACCUSES"))
                    .containsExactly("ARM>AZE");
        }

        @Test
        void whatIsBlamedOnAStateAccusesIt() {
            assertThat(pairs(of("Russia blamed the blasts on Georgia."), "ACCUSES")).containsExactly("RUS>GEO");
        }

        @Test
        void aDenialDoesNotReachAClauseWithASubjectOfItsOwn() {
            assertThat(pairs(of("Minsk has rejected claims that it armed the rebels, and Belarusian officials have "
                    + "blamed Lithuania, saying the border was open."), "ACCUSES")).containsExactly("BLR>LTU");
            // The near miss: ", and that ..." goes on with what is denied.
            assertThat(relations(of("Minsk has rejected claims that it armed the rebels, and that it blamed "
                    + "Lithuania."), "ACCUSES")).isEmpty();
        }

        @Test
        void aDeniedOrUnmadeAccusationIsNone() {
            assertThat(relations(of("Seoul has not blamed Pyongyang."), "ACCUSES")).isEmpty();
            assertThat(relations(of("Seoul blamed the weather."), "ACCUSES")).isEmpty();
        }
    }

    @Nested
    class Visits {
        @Test
        void aVisitNamedByItsNounIsAVisit() {
            assertThat(pairs(of("Brazilian President Luiz Inacio Lula da Silva, who ended a state visit to Angola on "
                    + "Sunday, flew home."), "VISITS")).containsExactly("lula>AGO");
            assertThat(pairs(of("Germany's visit to Namibia was cut short."), "VISITS")).containsExactly("DEU>NAM");
        }

        @Test
        void beingInAPlaceOnAVisitOrExpectedOrReceivedThereIsAVisit() {
            assertThat(pairs(of("Indian Prime Minister Narendra Modi was in Paris on an official visit."), "VISITS"))
                    .containsExactly("modi>FRA");
            assertThat(pairs(of("Indian Prime Minister Narendra Modi is expected in Nairobi next week."), "VISITS"))
                    .containsExactly("modi>KEN");
            assertThat(pairs(of("Indian Prime Minister Narendra Modi was received in Cairo on Tuesday."), "VISITS"))
                    .containsExactly("modi>EGY");
        }

        @Test
        void theHostWhoMetTheVisitorIsMet() {
            assertThat(pairs(of("Indian Prime Minister Narendra Modi was greeted at the airport by Egyptian President "
                    + "Abdel Fattah al-Sisi."), "MEETS")).containsExactly("modi>sisi");
        }

        @Test
        void aSubjectNoActorNamesAfterTheCommaIsNoLaterActor() {
            // "the president" is the subject of both verbs; Afwerki, named after it, is whom he met, not who flew.
            Draft draft = of("Before flying to Cairo, the president had visited Asmara, where he held talks with "
                    + "Eritrean President Isaias Afwerki.");
            assertThat(relations(draft, "VISITS")).isEmpty();
            // The near miss: a named actor after the comma is the subject of the phrase before it.
            assertThat(pairs(of("Before flying to Cairo, Kenyan President William Ruto visited Asmara."), "VISITS"))
                    .containsExactlyInAnyOrder("ruto>EGY", "ruto>ERI");
        }

        @Test
        void aVisitCalledOffOrAPlaceWithoutAVisitIsNone() {
            assertThat(relations(of("Indian Prime Minister Narendra Modi did not end a state visit to Angola."),
                    "VISITS")).isEmpty();
            assertThat(relations(of("Indian Prime Minister Narendra Modi was in Paris when the news broke."),
                    "VISITS")).isEmpty();
        }
    }

    @Nested
    class Calls {
        @Test
        void aCallByTelephoneIsADiscussionByTelephone() {
            assertThat(pairs(of("Turkish President Recep Tayyip Erdogan spoke by phone with Russian President "
                    + "Vladimir Putin."), "DISCUSSES_BY_TELEPHONE")).containsExactly("erdogan>putin");
            assertThat(pairs(of("Turkish President Recep Tayyip Erdogan told Russian President Vladimir Putin by "
                    + "telephone that the corridor must stay open."), "DISCUSSES_BY_TELEPHONE"))
                    .containsExactly("erdogan>putin");
        }

        @Test
        void tellingWithoutATelephoneIsNoCall() {
            assertThat(relations(of("Turkish President Recep Tayyip Erdogan told Russian President Vladimir Putin "
                    + "that the corridor must stay open."), "DISCUSSES_BY_TELEPHONE")).isEmpty();
        }
    }

    @Nested
    class Cooperation {
        @Test
        void workPromisedWithAStateIsAnIntentToCooperate() {
            DraftFact promised = only(relations(of("Canada said it would work closely with Mexico on migration."),
                    "INTENDS_TO_COOPERATE"));
            assertThat(promised.fields()).containsEntry("from", "CAN").containsEntry("to", "MEX");
            assertThat(promised.status()).isEqualTo(FactStatus.PLANNED);
        }

        @Test
        void workAnotherIsUrgedToDoIsNotTheSpeakersIntent() {
            assertThat(relations(of("Canada urged Mexico to work with Guatemala."), "INTENDS_TO_COOPERATE"))
                    .isEmpty();
        }

        @Test
        void movingCloserToAStateSeeksCloserTies() {
            assertThat(pairs(of("Hungary has moved closer to Beijing in recent years."), "SEEKS_CLOSER_TIES"))
                    .containsExactly("HUN>CHN");
            assertThat(relations(of("Hungary has not moved closer to Beijing."), "SEEKS_CLOSER_TIES")).isEmpty();
        }
    }

    @Nested
    class StrikesOnTargets {
        @Test
        void strikesOnTargetsInAStateAttackIt() {
            assertThat(pairs(of("Israel fired missiles at targets in Lebanon and Syria."), "ATTACKS"))
                    .containsExactly("ISR>LBN", "ISR>SYR");
            assertThat(pairs(of("Turkey carried out airstrikes on militant camps in Iraq's Kurdistan region."),
                    "ATTACKS")).containsExactly("TUR>IRQ");
        }

        @Test
        void targetsWithNoStateOrNoStrikeAreNoAttack() {
            assertThat(relations(of("Israel fired missiles at targets near the border."), "ATTACKS")).isEmpty();
            assertThat(relations(of("Turkey listed militant camps in Iraq."), "ATTACKS")).isEmpty();
        }
    }

    @Nested
    class DrillsAround {
        @Test
        void drillsAroundAStateMobiliseAgainstItAndAreTheDrillsCalledDangerousLater() {
            Draft draft = of("Iran held three days of naval exercises around the United Arab Emirates. Qatar called "
                    + "the exercises dangerous.");
            DraftFact drills = only(relations(draft, "MOBILISES_AGAINST"));
            assertThat(drills.fields()).containsEntry("from", "IRN").containsEntry("to", "ARE");
            assertThat(only(relations(draft, "CONDEMNS")).fields()).containsEntry("from", "QAT")
                    .containsEntry("to", drills.id());
        }

        @Test
        void drillsWithAStateAreNoShowOfForce() {
            assertThat(relations(of("Iran held naval exercises with Russia."), "MOBILISES_AGAINST")).isEmpty();
        }
    }

    @Nested
    class OrdersAndUltimatums {
        @Test
        void anOrderOrADeadlineToActIsADemand() {
            assertThat(pairs(of("Mali told France to withdraw its troops."), "DEMANDS")).containsExactly("MLI>FRA");
            assertThat(pairs(of("The United States gave Venezuela two weeks to release the prisoners."), "DEMANDS"))
                    .containsExactly("USA>VEN");
        }

        @Test
        void anOrderNotToActOrAGiftIsNoDemand() {
            assertThat(relations(of("Mali told France not to withdraw its troops."), "DEMANDS")).isEmpty();
            assertThat(relations(of("The United States gave Venezuela a loan."), "DEMANDS")).isEmpty();
        }
    }

    @Nested
    class ProtestsAndEnvoys {
        @Test
        void aProtestLodgedWithAGovernmentObjectsToIt() {
            assertThat(pairs(of("Vietnam lodged a formal protest with Beijing."), "OBJECTS_TO"))
                    .containsExactly("VNM>CHN");
            assertThat(pairs(of("Ukraine filed a complaint against Russia at the World Trade Organization."),
                    "OBJECTS_TO")).containsExactly("UKR>RUS");
        }

        @Test
        void aNamedEnvoySummonedIsAComplaintToTheEnvoy() {
            DraftFact summoned = only(relations(of("Ghana summoned the Nigerian ambassador, Emeka Obi, on Monday."),
                    "OBJECTS_TO"));
            assertThat(summoned.fields()).containsEntry("from", "GHA");
            assertThat(summoned.field("to")).isNotEqualTo("GHA");
        }

        @Test
        void aSummonsObjectsToTheLatestHostileActOfTheEnvoysState() {
            Draft draft = of("Azerbaijan shelled Armenia on Tuesday. Armenia summoned Azerbaijan's envoy to protest.");
            DraftFact shelling = only(relations(draft, "ATTACKS"));
            DraftFact objection = only(relations(draft, "OBJECTS_TO"));
            assertThat(objection.fields()).containsEntry("from", "ARM").containsEntry("to", shelling.id());
            // Which act is protested is a reading, so the objection is less sure than the words of the summons.
            assertThat(objection.confidence()).isLessThan(0.7);
            assertThat(objection.note()).contains("latest hostile act");
        }

        @Test
        void aSummonsAfterAnotherStatesActObjectsToTheEnvoysStateItself() {
            Draft draft = of("Turkey shelled Armenia on Tuesday. Armenia summoned Azerbaijan's envoy to protest.");
            assertThat(only(relations(draft, "OBJECTS_TO")).fields()).containsEntry("from", "ARM")
                    .containsEntry("to", "AZE");
        }

        @Test
        void anEnvoyRecalledAsTheCountrysIsRecalled() {
            assertThat(pairs(of("Peru recalled the country's ambassador from Mexico City for consultations."),
                    "RECALLS_AMBASSADOR")).containsExactly("PER>MEX");
        }

        @Test
        void noProtestLodgedIsNoObjection() {
            assertThat(relations(of("Vietnam has not lodged a protest with Beijing."), "OBJECTS_TO")).isEmpty();
        }
    }

    @Nested
    class Standing {
        @Test
        void standingBySidingWithOrLiningUpBehindAStateSupportsIt() {
            assertThat(pairs(of("Poland has stood by Ukraine throughout."), "SUPPORTS")).containsExactly("POL>UKR");
            assertThat(pairs(of("Egypt sided with Sudan."), "SUPPORTS")).containsExactly("EGY>SDN");
            assertThat(pairs(of("France has lined up behind Morocco."), "SUPPORTS")).containsExactly("FRA>MAR");
        }

        @Test
        void callingAStateAFriendSupportsIt() {
            assertThat(pairs(of("Serbia called China its most reliable friend."), "SUPPORTS"))
                    .containsExactly("SRB>CHN");
        }

        @Test
        void inLineWithOrCalledAPartnerIsNoSupport() {
            assertThat(relations(of("Serbia acted in line with Russia."), "SUPPORTS")).isEmpty();
            assertThat(relations(of("Poland has not stood by Ukraine."), "SUPPORTS")).isEmpty();
        }
    }

    @Nested
    class ActsCalledByBlame {
        @Test
        void aWordOfBlameTheTaggerReadsAsANounStillEndsTheActsPhrase() {
            // The tagger reads "provocative" after "the invasion" as a noun, as if it were the head of "the invasion provocative".
            Draft draft = of("Ethiopia invaded Eritrea in 1998. Norway called the invasion provocative.");
            DraftFact condemned = only(relations(draft, "CONDEMNS"));
            assertThat(condemned.fields()).containsEntry("from", "NOR")
                    .containsEntry("to", only(relations(draft, "INVADED")).id());
            // The near miss: a noun after the act's noun that no pattern says of an object is the phrase's head.
            assertThat(relations(of("Ethiopia invaded Eritrea in 1998. Norway called the invasion "
                    + "anniversary provocative."), "CONDEMNS")).isEmpty();
        }

        @Test
        void anActCalledByAWordOfBlameIsCondemned() {
            Draft draft = of("Russia invaded Georgia in 2008. Sweden called the invasion irresponsible.");
            DraftFact condemned = only(relations(draft, "CONDEMNS"));
            assertThat(condemned.fields()).containsEntry("from", "SWE")
                    .containsEntry("to", only(relations(draft, "INVADED")).id());
            assertThat(pairs(of("Russia invaded Georgia in 2008. Sweden called the invasion a flagrant breach of "
                    + "international law."), "CONDEMNS")).hasSize(1);
        }

        @Test
        void aWordOfPraiseOrNoDraftedActIsNoCondemnation() {
            assertThat(relations(of("Russia invaded Georgia in 2008. Sweden called the invasion predictable."),
                    "CONDEMNS")).isEmpty();
            assertThat(relations(of("Sweden called the invasion irresponsible."), "CONDEMNS")).isEmpty();
        }
    }

    @Nested
    class SubjectsPastARelativeClause {
        @Test
        void aPrepositionAndWhichOpenARelativeClauseTheSubjectStandsBefore() {
            assertThat(pairs(of("The European Union, to which Cyprus belongs, condemned Turkey."), "CONDEMNS"))
                    .containsExactly("EU>TUR");
            assertThat(pairs(of("The African Union, of which Egypt is a founding member, condemned Sudan."),
                    "CONDEMNS")).containsExactly("AU>SDN");
        }

        @Test
        void aPrepositionBeforeAnotherWordOpensNoClause() {
            assertThat(pairs(of("The European Union, to Cyprus's relief, condemned Turkey."), "CONDEMNS"))
                    .doesNotContain("CYP>TUR");
        }
    }

    @Nested
    class Meetings {
        @Test
        void twoWhoShakeHandsMeetFromTheFirstNamed() {
            assertThat(pairs(of("Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin shook "
                    + "hands in Sochi."), "MEETS")).containsExactly("erdogan>putin");
            assertThat(relations(of("Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin did "
                    + "not shake hands."), "MEETS")).isEmpty();
        }
    }

    @Nested
    class SanctionsAndWarrants {
        @Test
        void sanctionsOnASecondTargetAfterItsPrepositionAreSanctions() {
            assertThat(pairs(of("Beijing announced sanctions on three companies and on Lithuania."), "SANCTIONS"))
                    .containsExactly("CHN>LTU");
        }

        @Test
        void aPersonPutUnderSanctionsOrNamedInAWarrantIsCoerced() {
            assertThat(pairs(of("The United States put Venezuela under sanctions in 2019."), "SANCTIONS"))
                    .containsExactly("USA>VEN");
            assertThat(pairs(of("The International Criminal Court issued a warrant for the arrest of Russian "
                    + "President Vladimir Putin."), "COERCES")).containsExactly("ICC>putin");
        }

        @Test
        void aWarrantForSomethingElseIsNone() {
            assertThat(relations(of("The court issued a warrant for the search of the building."), "COERCES"))
                    .isEmpty();
        }
    }
}
