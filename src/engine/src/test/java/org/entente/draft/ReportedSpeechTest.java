package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.between;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;
import static org.entente.draft.Drafts.relations;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The structures of reported speech in news: a participle clause that accuses or warns for the subject of the clause
 * it hangs on, a call to stop that is a demand, a request that another act, a meeting held at another's request, a
 * threat worded as what the other will suffer, envoys summoned by a list of their states, and a denial of a charge
 * drafted before. Each with its quote, status and attribution, and a near miss that yields none.
 */
class ReportedSpeechTest {

    @Nested
    class Participles {
        @Test
        void aParticipleAfterACommaSpeaksForTheSubjectOfItsClause() {
            String sentence = "Chad tore up the Khartoum accord with rebel groups on Friday, accusing Niger of "
                    + "meddling in its affairs.";
            Draft draft = of(sentence);
            DraftFact accusation = only(relations(draft, "ACCUSES"));
            assertThat(accusation).matches(between("TCD", "NER"));
            assertThat(accusation.evidence()).containsExactly(sentence);
            // Said in an -ing form, the accusation is said, not going on.
            assertThat(accusation.status()).isEqualTo(FactStatus.STATED);
            // The near miss: the capital named before the participle is a modifier, not who accuses.
            assertThat(relations(draft, "ACCUSES")).noneMatch(between("SDN", "NER"));
        }

        @Test
        void aParticipleAfterAClauseAskedForSpeaksForTheOneWhoAsked() {
            String sentence = "Ethiopia demanded that Kenya and Uganda withdraw their envoys, accusing them of "
                    + "meddling.";
            assertThat(relations(of(sentence), "ACCUSES")).hasSize(2)
                    .anyMatch(between("ETH", "KEN")).anyMatch(between("ETH", "UGA"))
                    // The near miss: the states asked to act are not the ones who accuse, nor each other.
                    .noneMatch(between("KEN", "UGA")).noneMatch(between("UGA", "KEN"));
            // Nor does "that" before a full clause of its own hand the participle back: Kenya's statement accuses.
            assertThat(relations(of("Ethiopia said that Kenya rejected the plan, accusing Uganda of meddling."),
                    "ACCUSES")).singleElement().matches(between("KEN", "UGA"));
        }

        @Test
        void aParticipleWithNoClauseBeforeItKeepsTheNearestActor() {
            // The near miss: "citing" opens the sentence, so there is no clause it hangs on, and Kenya still recalls.
            assertThat(relations(of("Citing the attacks, Kenya accused Somalia of harbouring militants."), "ACCUSES"))
                    .singleElement().matches(between("KEN", "SOM"));
        }
    }

    @Nested
    class Demands {
        @Test
        void aCallToStopIsADemandAndACallForRestraintAnAppeal() {
            DraftFact demand = only(relations(of("The African Union called on Eritrea to withdraw its troops from "
                    + "Tigray, its commissioner said."), "DEMANDS"));
            assertThat(demand).matches(between("AU", "ERI"));
            assertThat(demand.status()).isEqualTo(FactStatus.STATED);
            assertThat(relations(of("The African Union called on Eritrea to withdraw its troops."), "APPEALS_TO"))
                    .isEmpty();
            // The near miss: a call to show restraint is an appeal, not a demand.
            Draft restraint = of("The African Union called on Eritrea to show restraint.");
            assertThat(relations(restraint, "DEMANDS")).isEmpty();
            assertThat(relations(restraint, "APPEALS_TO")).singleElement().matches(between("AU", "ERI"));
        }

        @Test
        void aRequestThatAnotherActIsADemandOfEach() {
            Draft draft = of("Germany asked that Rwanda and Burundi reopen the border crossings.");
            assertThat(relations(draft, "DEMANDS")).hasSize(2).anyMatch(between("DEU", "RWA"))
                    .anyMatch(between("DEU", "BDI"));
            // The near miss: asking a state to host talks is no demand, but an appeal.
            Draft host = of("Germany asked Rwanda to host the talks.");
            assertThat(relations(host, "DEMANDS")).isEmpty();
            assertThat(relations(host, "APPEALS_TO")).singleElement().matches(between("DEU", "RWA"));
        }
    }

    @Nested
    class Appeals {
        /** The one appeal the sentence drafts, from and to these, quoting it, as said. */
        private void statedAppeal(String sentence, String from, String to) {
            DraftFact appeal = only(relations(of(sentence), "APPEALS_TO"));
            assertThat(appeal).matches(between(from, to));
            assertThat(appeal.evidence()).containsExactly(sentence);
            assertThat(appeal.status()).isEqualTo(FactStatus.STATED);
        }

        @Test
        void aMeetingHeldAtAnothersRequestIsItsAppealToTheBodyThatMeets() {
            // The status is the meeting verb's, not the preposition's.
            statedAppeal("At Chad's request, the UN Security Council met behind closed doors on Friday.", "TCD", "UNSC");
            statedAppeal("The Arab League met in emergency session in Cairo on Sunday at the request of Jordan.", "JOR",
                    "ARAB-LEAGUE");
            // The near miss: a meeting at a time asks nothing of anyone.
            assertThat(relations(of("The Arab League met in Cairo at noon on Sunday with Jordan."), "APPEALS_TO"))
                    .isEmpty();
        }

        @Test
        void aRequestThatAnotherActIsAnAppealToIt() {
            statedAppeal("Ghana asked the International Court of Justice in 2018 to rule on the border.", "GHA", "ICJ");
            // The object first, as a relative clause: the court is the one asked.
            statedAppeal("Vietnam wrote to the International Court of Justice, which Cambodia asked in June to rule on "
                    + "the temples.", "KHM", "ICJ");
            // The near miss: a question about another's plans asks nothing of it.
            assertThat(relations(of("Germany asked Rwanda about its plans to build a dam."), "APPEALS_TO")).isEmpty();
        }
    }

    @Nested
    class Accusations {
        @Test
        void sayingAnotherBrokeARuleAccusesIt() {
            DraftFact accusation = only(relations(of("The State Department said Eritrea had violated the ceasefire."),
                    "ACCUSES"));
            assertThat(accusation).matches(between("STATE-DEPARTMENT", "ERI"));
            assertThat(accusation.attribution()).isEqualTo("STATE-DEPARTMENT");
            assertThat(accusation.status()).isEqualTo(FactStatus.STATED);
            // A time between the accused and what it is accused of.
            assertThat(relations(of("Ghana publicly accused Togo last week of arming the rebels."), "ACCUSES"))
                    .singleElement().matches(between("GHA", "TGO"));
            // The near misses: saying it did not is no accusation, and an accusation in a letter says of what only
            // in the words after it, which here name none.
            assertThat(relations(of("Ghana accused Togo in a letter to the head of the union."), "ACCUSES"))
                    .isEmpty();
            assertThat(relations(of("The State Department said Eritrea had not violated the ceasefire."), "ACCUSES"))
                    .isEmpty();
        }
    }

    @Nested
    class Threats {
        @Test
        void aThreatWordedAsWhatTheOtherWillSufferThreatensIt() {
            DraftFact vow = only(relations(of("Egyptian President Abdel Fattah al-Sisi vowed that Ethiopia would be "
                    + "punished, his office said."), "THREATENS"));
            assertThat(vow).matches(between("sisi", "ETH"));
            assertThat(vow.status()).isEqualTo(FactStatus.STATED);
            assertThat(relations(of("Egypt warned that Ethiopia would pay dearly for any new dam."), "THREATENS"))
                    .singleElement().matches(between("EGY", "ETH"));
            assertThat(relations(of("Venezuela warned Guyana that its oil platforms would be targeted."), "THREATENS"))
                    .singleElement().matches(between("VEN", "GUY"));
            assertThat(relations(of("Armenia vowed to make Azerbaijan pay."), "THREATENS"))
                    .singleElement().matches(between("ARM", "AZE"));
        }

        @Test
        void aWarningOfHardshipOrOfAThirdPartyIsNoThreat() {
            // The near misses: paying more for gas is no punishment, and a warning of what a third state does
            // threatens the one warned with nothing.
            assertThat(relations(of("Germany warned that Poland would pay more for gas this winter."), "THREATENS"))
                    .isEmpty();
            assertThat(relations(of("Britain warned Ukraine that Russia was massing troops."), "THREATENS"))
                    .noneMatch(between("GBR", "UKR"));
        }
    }

    @Nested
    class Objections {
        @Test
        void envoysSummonedByTheirStatesAreObjectionsToEach() {
            Draft draft = of("Serbia's foreign ministry summoned the ambassadors of Britain, France and Germany over "
                    + "their remarks.");
            assertThat(relations(draft, "OBJECTS_TO")).hasSize(3).allMatch(fact -> "STATED".equals(
                    fact.status().name())).extracting(fact -> fact.field("to")).containsExactlyInAnyOrder("GBR", "FRA",
                    "DEU");
            // The near miss: envoys who meet are summoned by no one.
            assertThat(relations(of("The ambassadors of Britain and France met Serbian officials in Belgrade."),
                    "OBJECTS_TO")).isEmpty();
        }
    }

    @Nested
    class Denials {
        @Test
        void toDenyAChargeDraftedBeforeRejectsIt() {
            Draft draft = of("Ghana accused Togo of arming the rebels. Togo, which denied the charge, closed the "
                    + "border.");
            DraftFact accusation = only(relations(draft, "ACCUSES"));
            DraftFact rejection = only(relations(draft, "REJECTS"));
            assertThat(rejection.field("from")).isEqualTo("TGO");
            assertThat(rejection.field("to")).isEqualTo(accusation.id());
            assertThat(rejection.evidence()).containsExactly("Togo, which denied the charge, closed the border.");
            // The near misses: a denial of what a state did names no act, and a charge no one drafted is nothing.
            assertThat(relations(of("Togo denied Ghana had closed the border."), "REJECTS")).isEmpty();
            assertThat(relations(of("Togo denied the charge."), "REJECTS")).isEmpty();
        }
    }

    @Nested
    class Sources {
        @Test
        void aSpeakerWhoseOwnClauseFollowsTheActClaimsNothingOfIt() {
            DraftFact condemned = only(relations(of("Leaders of the Arab League on Monday condemned Ethiopia for "
                    + "filling the dam, as Egypt weighed its response and Addis Ababa declared that the matter was "
                    + "settled."), "CONDEMNS"));
            assertThat(condemned.attribution()).isEqualTo("test-article");
            assertThat(only(relations(of("Kenya condemned Uganda on Monday, and Tanzania said on Tuesday that it "
                    + "agreed."), "CONDEMNS")).attribution()).isEqualTo("test-article");
        }

        @Test
        void aSpeakerAfterTheActWithNoClauseOfItsOwnOrJoinedByAndStillClaimsIt() {
            // Near misses: "..., Tanzania said." reports the act; "and said that" goes on with the act's own subject.
            assertThat(only(relations(of("Kenya condemned Uganda for the raid, Tanzania said."), "CONDEMNS"))
                    .attribution()).isEqualTo("TZA");
            assertThat(only(relations(of("Kenya condemned Uganda for the raid and said that the border would stay "
                    + "closed."), "CONDEMNS")).attribution()).isEqualTo("KEN");
            assertThat(only(relations(of("Tanzania said that Kenya had condemned Uganda."), "CONDEMNS"))
                    .attribution()).isEqualTo("TZA");
        }
    }
}
