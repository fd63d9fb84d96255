package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;
import static org.entente.draft.Drafts.pairs;
import static org.entente.draft.Drafts.relations;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The CAMEO sweep of roots 11 to 14 (disapprove, reject, threaten, protest; rules/lexicon/patterns/cameo-11-*.yaml to
 * cameo-14-*.yaml): the phrasal verbs, light verbs with an act noun, act nouns with their agent and acts on a state's
 * conduct that wire news reports these acts with, each in sentences of invented contexts, with a near miss that
 * drafts none (a negation, the other sense of the word, a noun no actor owns).
 */
class CameoRoots11To14Test {

    @Nested
    class Criticism {
        @Test
        void phrasalVerbsOfBlameCondemn() {
            assertThat(pairs(of("Norway hit back at Russia on Tuesday."), "CONDEMNS")).containsExactly("NOR>RUS");
            assertThat(pairs(of("Brazil took aim at Argentina in a speech to parliament."), "CONDEMNS"))
                    .containsExactly("BRA>ARG");
            // The near miss: hitting back with weapons is no rebuke, whatever else it is.
            assertThat(pairs(of("Azerbaijan hit back at Armenia with a barrage of rockets."), "CONDEMNS")).isEmpty();
        }

        @Test
        void verbsOfReproofCondemn() {
            assertThat(pairs(of("Sweden reprimanded Hungary for the delay."), "CONDEMNS")).containsExactly("SWE>HUN");
            assertThat(pairs(of("Ecuador assailed Colombia over the raid."), "CONDEMNS")).containsExactly("ECU>COL");
            assertThat(pairs(of("Ghana blasted Togo for closing the border."), "CONDEMNS")).containsExactly("GHA>TGO");
            // The near misses: a blast with no "for" or "over" is an explosion's; a reproof never made is none.
            assertThat(pairs(of("The explosion blasted Kabul's main market."), "CONDEMNS")).isEmpty();
            assertThat(pairs(of("Sweden never reprimanded Hungary."), "CONDEMNS")).isEmpty();
        }

        @Test
        void aNounOfBlameWithALightVerbOrItsAgentCondemns() {
            assertThat(pairs(of("Kenya voiced strong criticism of Uganda over the arrests."), "CONDEMNS"))
                    .containsExactly("KEN>UGA");
            assertThat(pairs(of("Chile expressed outrage at Peru over the detentions."), "CONDEMNS"))
                    .containsExactly("CHL>PER");
            assertThat(pairs(of("Malawi issued a stern rebuke to Zambia."), "CONDEMNS")).containsExactly("MWI>ZMB");
            assertThat(pairs(of("Norway's criticism of Russia grew louder."), "CONDEMNS")).containsExactly("NOR>RUS");
            // The near miss: criticism of a verdict names no one criticised.
            assertThat(pairs(of("Kenya voiced strong criticism of the verdict."), "CONDEMNS")).isEmpty();
        }

        @Test
        void theOneBlamedFirstAndTheCriticAfterFrom() {
            assertThat(pairs(of("Uganda faced condemnation from Kenya."), "CONDEMNS")).containsExactly("KEN>UGA");
            assertThat(pairs(of("Serbia drew a sharp rebuke from Croatia."), "CONDEMNS")).containsExactly("HRV>SRB");
            // The near miss: criticism from no actor.
            assertThat(pairs(of("Uganda faced criticism from rights groups."), "CONDEMNS")).isEmpty();
        }

        @Test
        void blameOfAStatesConductNamedByItsPossessiveCondemnsTheState() {
            assertThat(pairs(of("Vietnam condemned China's actions near the Paracel Islands."), "CONDEMNS"))
                    .containsExactly("VNM>CHN");
            assertThat(pairs(of("Peru criticised Chile's remarks."), "CONDEMNS")).containsExactly("PER>CHL");
            assertThat(pairs(of("Vietnam condemned the actions of the Chinese navy."), "CONDEMNS"))
                    .containsExactly("VNM>chn-navy");
            // The near misses: praise of the same conduct, and blame not laid.
            assertThat(pairs(of("Vietnam praised the actions of the Chinese navy."), "CONDEMNS")).isEmpty();
            assertThat(pairs(of("Peru praised Chile's actions."), "CONDEMNS")).isEmpty();
            assertThat(pairs(of("Peru did not condemn Chile's actions."), "CONDEMNS")).isEmpty();
        }
    }

    @Nested
    class NamingAsAChallenge {
        @Test
        void seeingOrCallingAStateAThreatNamesItAChallenge() {
            assertThat(pairs(of("Poland sees Russia as a threat."), "NAMES_AS_CHALLENGE")).containsExactly("POL>RUS");
            assertThat(pairs(of("Japan regards China as a strategic rival."), "NAMES_AS_CHALLENGE"))
                    .containsExactly("JPN>CHN");
            assertThat(pairs(of("Estonia called Russia the gravest threat to Europe."), "NAMES_AS_CHALLENGE"))
                    .containsExactly("EST>RUS");
            assertThat(pairs(of("Chile, which regards Bolivia as its main rival, closed the border."),
                    "NAMES_AS_CHALLENGE")).containsExactly("CHL>BOL");
            // The near misses: a partner is no challenge, nor a threat not seen, nor the view of the nearest actor
            // when whose view it is goes unsaid before the verb.
            assertThat(pairs(of("Chile, which has been seeking ties with Peru and regards Bolivia as its main rival, "
                    + "closed the border."), "NAMES_AS_CHALLENGE")).noneMatch(pair -> pair.startsWith("PER"));
            assertThat(pairs(of("Poland sees Germany as a partner."), "NAMES_AS_CHALLENGE")).isEmpty();
            assertThat(pairs(of("Hungary does not see Russia as a threat."), "NAMES_AS_CHALLENGE")).isEmpty();
        }
    }

    @Nested
    class Accusation {
        @Test
        void allegingOrChargingThatAnotherDidWrongAccusesIt() {
            assertThat(pairs(of("Kenya alleged that Uganda had armed the rebels."), "ACCUSES"))
                    .containsExactly("KEN>UGA");
            assertThat(pairs(of("Sudan charged that Chad had opened its airfields to the militia."), "ACCUSES"))
                    .containsExactly("SDN>TCD");
            // The near misses: a denial that another did it, and a fee charged.
            assertThat(pairs(of("Kenya denied that Uganda had armed the rebels."), "ACCUSES")).isEmpty();
            assertThat(pairs(of("Kenya charged Uganda a fee for the pipeline."), "ACCUSES")).isEmpty();
        }

        @Test
        void theNounOfAccusationWithALightVerbOrItsAgentAccuses() {
            assertThat(pairs(of("Kenya levelled accusations against Uganda."), "ACCUSES")).containsExactly("KEN>UGA");
            assertThat(pairs(of("Rwanda repeated its allegation that Burundi had sheltered the rebels."),
                    "ACCUSES")).containsExactly("RWA>BDI");
            assertThat(pairs(of("Mali's accusations against Algeria hardened."), "ACCUSES")).containsExactly("MLI>DZA");
            assertThat(pairs(of("Serbia rejected Croatia's accusation of Serbia's involvement in the riots."),
                    "ACCUSES")).containsExactly("HRV>SRB");
            // The near miss: an accusation of no actor's doing.
            assertThat(pairs(of("Croatia's accusation of fraud in the vote stood."), "ACCUSES")).isEmpty();
        }

        @Test
        void blameLaidByIdiomAccuses() {
            assertThat(pairs(of("Kenya pointed the finger at Uganda."), "ACCUSES")).containsExactly("KEN>UGA");
            assertThat(pairs(of("Kenya holds Uganda fully responsible for the attack."), "ACCUSES"))
                    .containsExactly("KEN>UGA");
            assertThat(pairs(of("Kenya suspects Uganda of arming the rebels."), "ACCUSES")).containsExactly("KEN>UGA");
            assertThat(pairs(of("Kenya charged Uganda with violating the truce."), "ACCUSES"))
                    .containsExactly("KEN>UGA");
            // The near misses: the finger pointed at no actor, blame not laid, and blame as an aim.
            assertThat(pairs(of("Kenya would seek measures in the council to hold Uganda accountable."), "ACCUSES"))
                    .isEmpty();
            assertThat(pairs(of("Kenya pointed the finger at smugglers."), "ACCUSES")).isEmpty();
            assertThat(pairs(of("Kenya did not hold Uganda responsible for the attack."), "ACCUSES")).isEmpty();
        }

        @Test
        void saidToBeBehindHarmAccusesButBehindAPlanDoesNot() {
            assertThat(pairs(of("Kenya said Uganda was behind the attack."), "ACCUSES")).containsExactly("KEN>UGA");
            // The near miss: to be behind a plan is to back it.
            assertThat(pairs(of("Kenya said Uganda was behind the peace plan."), "ACCUSES")).isEmpty();
        }
    }

    @Nested
    class CountersAndObjections {
        @Test
        void pushingBackOrStandingUpToAStateCountersIt() {
            assertThat(pairs(of("Australia pushed back against China."), "COUNTERS")).containsExactly("AUS>CHN");
            assertThat(pairs(of("Moldova stood up to Russia."), "COUNTERS")).containsExactly("MDA>RUS");
            // The near misses: a vote pushed back, and standing up for another.
            assertThat(pairs(of("Kenya pushed back the vote."), "COUNTERS")).isEmpty();
            assertThat(pairs(of("Kenya stood up for Uganda."), "COUNTERS")).isEmpty();
        }

        @Test
        void displeasureVoicedObjects() {
            assertThat(pairs(of("Vietnam expressed dissatisfaction with China."), "OBJECTS_TO"))
                    .containsExactly("VNM>CHN");
            assertThat(pairs(of("Norway voiced its opposition to Russia's drilling."), "OBJECTS_TO"))
                    .containsExactly("NOR>RUS");
            assertThat(pairs(of("Vietnam objected to China's survey."), "OBJECTS_TO")).containsExactly("VNM>CHN");
            // The near misses: satisfaction voiced, and an objection not made.
            assertThat(pairs(of("Vietnam expressed satisfaction with China."), "OBJECTS_TO")).isEmpty();
            assertThat(pairs(of("Vietnam did not object to China's survey."), "OBJECTS_TO")).isEmpty();
        }

        @Test
        void aComplaintWithABodyAgainstAStateObjectsToTheState() {
            assertThat(pairs(of("Guyana filed a formal complaint with the United Nations against Venezuela."),
                    "OBJECTS_TO")).contains("GUY>VEN");
        }
    }

    @Nested
    class Rejection {
        @Test
        void whatAnotherPutForwardRejectedByItsPossessiveRejectsIt() {
            assertThat(pairs(of("Uganda rejected Kenya's proposal for talks."), "REJECTS")).containsExactly("UGA>KEN");
            assertThat(pairs(of("Uganda turned down Kenya's offer of talks."), "REJECTS")).containsExactly("UGA>KEN");
            assertThat(pairs(of("Vietnam spurned China's overtures."), "REJECTS")).containsExactly("VNM>CHN");
            assertThat(pairs(of("Uganda brushed aside Kenya's call for talks."), "REJECTS")).containsExactly("UGA>KEN");
            // The near misses: an offer accepted, a rejection not made, an offer no actor made, and a claim
            // dismissed, which is a rejection of the claim (a relation of its own), not of the state.
            assertThat(pairs(of("Vietnam dismissed China's claims."), "REJECTS")).isEmpty();
            assertThat(pairs(of("Uganda accepted Kenya's proposal for talks."), "REJECTS")).isEmpty();
            assertThat(pairs(of("Uganda did not reject Kenya's proposal."), "REJECTS")).isEmpty();
            assertThat(pairs(of("Uganda turned down the offer of talks."), "REJECTS")).isEmpty();
        }

        @Test
        void aSnubOrDefianceRejects() {
            assertThat(pairs(of("Uganda snubbed Kenya."), "REJECTS")).containsExactly("UGA>KEN");
            assertThat(pairs(of("Iran defied the United Nations."), "REJECTS")).containsExactly("IRN>UN");
            // The near misses: defying expectations, and a snub never made.
            assertThat(pairs(of("Uganda defied expectations."), "REJECTS")).isEmpty();
            assertThat(pairs(of("Uganda never snubbed Kenya."), "REJECTS")).isEmpty();
        }

        @Test
        void theNounOfRejectionWithItsAgentRejects() {
            assertThat(pairs(of("Uganda's rejection of Kenya's proposal angered Tanzania."), "REJECTS"))
                    .containsExactly("UGA>KEN");
        }
    }

    @Nested
    class Threats {
        @Test
        void aWarningOfConsequencesThreatens() {
            assertThat(pairs(of("Russia warned Moldova of serious consequences."), "THREATENS"))
                    .containsExactly("RUS>MDA");
            assertThat(pairs(of("Serbia warned Kosovo of retaliation."), "THREATENS")).containsExactly("SRB>XKX");
            // The near miss: a warning never given.
            assertThat(pairs(of("Russia did not warn Moldova of any consequences."), "THREATENS")).isEmpty();
        }

        @Test
        void aWarningOrThreatIssuedOrNamedWithItsAgentThreatens() {
            assertThat(pairs(of("Russia issued a stern warning to Moldova."), "THREATENS")).containsExactly("RUS>MDA");
            assertThat(pairs(of("Russia's threats against Moldova alarmed Romania."), "THREATENS"))
                    .containsExactly("RUS>MDA");
            assertThat(pairs(of("Moldova faced threats from Russia."), "THREATENS")).containsExactly("RUS>MDA");
            // The near misses: a warning to no actor, and threats not faced.
            assertThat(pairs(of("Russia issued a travel warning to its citizens."), "THREATENS")).isEmpty();
            assertThat(pairs(of("Moldova faced no threats from Russia."), "THREATENS")).isEmpty();
        }

        @Test
        void vowsOfRevengeAndNoticeThreaten() {
            assertThat(pairs(of("Iran vowed to retaliate against Israel."), "THREATENS")).containsExactly("IRN>ISR");
            assertThat(pairs(of("Russia put Moldova on notice."), "THREATENS")).containsExactly("RUS>MDA");
            // The near misses: a vow against no one, and troops put on alert.
            assertThat(pairs(of("Iran vowed to retaliate."), "THREATENS")).isEmpty();
            assertThat(pairs(of("Russia put troops on alert near Moldova."), "THREATENS")).isEmpty();
        }

        @Test
        void sanctionsThreatenedAreAThreatNotSanctions() {
            Draft draft = of("Russia threatened sanctions against Moldova.");
            assertThat(pairs(draft, "THREATENS")).containsExactly("RUS>MDA");
            assertThat(pairs(draft, "SANCTIONS")).isEmpty();
            // The near miss: sanctions imposed are sanctions.
            Draft imposed = of("Russia imposed sanctions on Moldova.");
            assertThat(pairs(imposed, "SANCTIONS")).containsExactly("RUS>MDA");
            assertThat(pairs(imposed, "THREATENS")).isEmpty();
        }
    }

    @Nested
    class Protests {
        @Test
        void aProtestToAStateOrAgainstItsConductObjectsToIt() {
            assertThat(pairs(of("Vietnam protested to China over the seizure of its fishermen."), "OBJECTS_TO"))
                    .containsExactly("VNM>CHN");
            assertThat(pairs(of("Manila protested against China's patrols."), "OBJECTS_TO")).containsExactly("PHL>CHN");
            assertThat(pairs(of("Vietnam complained to China about the seizure."), "OBJECTS_TO"))
                    .containsExactly("VNM>CHN");
            // The near misses: a protest not made, and protesters marching, whom no actor names.
            assertThat(pairs(of("Vietnam did not protest to China."), "OBJECTS_TO")).isEmpty();
            assertThat(relations(of("Protesters in Hanoi marched to the embassy."), "OBJECTS_TO")).isEmpty();
        }

        @Test
        void aProtestAgainstTheActionsOfAStateOrDeliveredToItObjectsToIt() {
            assertThat(pairs(of("Manila protested against the aggressive actions of Chinese vessels."), "OBJECTS_TO"))
                    .containsExactly("PHL>CHN");
            assertThat(pairs(of("Chile's foreign ministry said a written protest was delivered to the Bolivian "
                    + "ambassador."), "OBJECTS_TO")).containsExactly("chl-mfa>BOL");
            // The near misses: the actions of no actor, and a letter of thanks delivered.
            assertThat(pairs(of("Manila protested against the actions of smugglers."), "OBJECTS_TO")).isEmpty();
            assertThat(pairs(of("Norway said a letter of thanks was delivered to Russia."), "OBJECTS_TO")).isEmpty();
        }

        @Test
        void aProtestNoteSentObjects() {
            DraftFact note = only(relations(of("Vietnam sent a protest note to China."), "OBJECTS_TO"));
            assertThat(note.pattern()).isEqualTo("protest-note");
            assertThat(note.field("to")).isEqualTo("CHN");
            // The near miss: a note of thanks.
            assertThat(pairs(of("Vietnam sent a note of thanks to China."), "OBJECTS_TO")).isEmpty();
        }

        @Test
        void anEnvoyNamedByADemonymStandsForItsState() {
            assertThat(pairs(of("Estonia summoned the Russian ambassador over the airspace violation."), "OBJECTS_TO"))
                    .containsExactly("EST>RUS");
            // The near miss: "its ambassador" is the subject's own envoy, recalled, and stays no actor.
            Draft recall = of("Kenya recalled its ambassador from Uganda.");
            assertThat(pairs(recall, "RECALLS_AMBASSADOR")).containsExactly("KEN>UGA");
            assertThat(pairs(recall, "OBJECTS_TO")).isEmpty();
        }

        @Test
        void anEnvoyCalledInIsAnEnvoySummoned() {
            assertThat(pairs(of("Vietnam called in China's ambassador."), "OBJECTS_TO")).containsExactly("VNM>CHN");
            assertThat(pairs(of("Norway called in the ambassador of Russia."), "OBJECTS_TO"))
                    .containsExactly("NOR>RUS");
            // The near miss: help called in is no envoy.
            assertThat(pairs(of("Vietnam called in China's help."), "OBJECTS_TO")).isEmpty();
        }
    }
}
