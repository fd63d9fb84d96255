package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Votes and the meetings they are cast at: a body's text voted on is the body's initiative; each named voter takes a
 * stance on it (for, against, abstaining) and takes part in the body's meeting where the vote is cast; a text's
 * sponsors support it; a body that meets by its verb holds a meeting, where the sentence says, else where it sits;
 * those a meeting's clause says acted "at which", and its chair, sit at it; a state's accession to an organisation is
 * the organisation's plan, on which a ratification or an objection lifted is a stance. The sentences are of contexts no development article holds, each with a near miss.
 */
class MeetingsAndVotesTest {

    private static final String VOTE_ON_TEXT = "The Human Rights Council voted on a draft resolution on Myanmar. ";

    private static List<String> stances(Draft draft) {
        return draft.ofType("Position").stream()
                .map(fact -> fact.field("actor") + ">" + fact.field("stance")).toList();
    }

    private static List<String> takingPart(Draft draft) {
        return draft.ofType("Participation").stream().map(fact -> fact.field("actor").toString()).toList();
    }

    @Nested
    class Votes {

        @Test
        void aTextABodyVotesOnIsItsInitiative() {
            DraftFact plan = only(of(VOTE_ON_TEXT).ofType("Initiative"));
            assertThat(plan.fields()).containsEntry("organisation", "UNHRC")
                    .containsEntry("region", "south-eastern-asia");
            assertThat(plan.pattern()).isEqualTo("vote-on-text");
            // The near miss: a vote on a day names no text.
            assertThat(of("The Human Rights Council voted on Monday, and Norway spoke first.").ofType("Initiative"))
                    .isEmpty();
        }

        @Test
        void eachVoterTakesAStanceAndTakesPartInTheMeetingWhereTheVoteIsCast() {
            Draft draft = of(VOTE_ON_TEXT + "Norway, Chile and Japan voted in favour; Cuba and Venezuela voted "
                    + "against; India abstained.");
            String plan = only(draft.ofType("Initiative")).id();
            assertThat(stances(draft)).containsExactlyInAnyOrder("NOR>SUPPORTS", "CHL>SUPPORTS", "JPN>SUPPORTS",
                    "CUB>OPPOSES", "VEN>OPPOSES", "IND>NEUTRAL");
            assertThat(draft.ofType("Position")).allSatisfy(fact -> assertThat(fact.field("initiative")).isEqualTo(plan));
            DraftFact meeting = only(draft.ofType("Event"));
            assertThat(meeting.fields()).containsEntry("kind", "MEETING").containsEntry("organiser", "UNHRC");
            assertThat(meeting.status()).isEqualTo(FactStatus.OCCURRED);
            assertThat(takingPart(draft)).containsExactlyInAnyOrder("NOR", "CHL", "JPN", "CUB", "VEN", "IND");
            assertThat(draft.ofType("Participation"))
                    .allSatisfy(fact -> assertThat(fact.field("event")).isEqualTo(meeting.id()));
        }

        @Test
        void aVoteForItIsOnThePlanReferredTo() {
            Draft draft = of(VOTE_ON_TEXT + "Thirty members voted for it; Cuba voted against it.");
            assertThat(stances(draft)).containsExactly("CUB>OPPOSES");
            assertThat(takingPart(draft)).containsExactly("CUB");
        }

        @Test
        void aVoteThatNamesSomethingElseCastsNoVoteOnThePlan() {
            Draft draft = of(VOTE_ON_TEXT + "Later Norway voted for the first time in a regional poll, and Chile "
                    + "voted against Peru in the final.");
            assertThat(draft.ofType("Position")).isEmpty();
            assertThat(draft.ofType("Event")).isEmpty();
            assertThat(draft.ofType("Participation")).isEmpty();
        }

        @Test
        void aVoteWithNoPlanDraftedIsNoStanceAndNoMeeting() {
            Draft draft = of("Cuba and Venezuela voted against; India abstained.");
            assertThat(draft.ofType("Position")).isEmpty();
            assertThat(draft.ofType("Event")).isEmpty();
        }

        @Test
        void aVoteAtAMeetingTheArticleNamedIsCastThere() {
            Draft draft = of("African Union leaders met in Addis Ababa on Monday. "
                    + "The council voted on a resolution on Sudan. Kenya voted against.");
            DraftFact meeting = only(draft.ofType("Event"));
            assertThat(meeting.fields()).containsEntry("kind", "SUMMIT").containsEntry("location", "ETH")
                    .containsEntry("organiser", "AU");
            assertThat(takingPart(draft)).containsExactly("KEN");
        }
    }

    @Nested
    class BodiesThatMeet {

        @Test
        void aBodyThatMeetsHoldsAMeetingWhereItSitsAndARequestIsNoHost() {
            Draft draft = of("The Security Council met in emergency session on Sunday at Chile's request.");
            DraftFact meeting = only(draft.ofType("Event"));
            assertThat(meeting.fields()).containsEntry("kind", "MEETING").containsEntry("organiser", "UNSC")
                    .containsEntry("location", "USA");
            assertThat(meeting.status()).isEqualTo(FactStatus.OCCURRED);
            assertThat(draft.ofType("Participation")).isEmpty();
            // The near miss: a state that meets something holds no meeting.
            assertThat(of("Kenya met its targets for the year.").ofType("Event")).isEmpty();
        }

        @Test
        void aMeetingExpectedKeepsItsDoubtAndANamedPlaceComesFirst() {
            DraftFact expected = only(of("The Security Council is expected to meet on Monday.").ofType("Event"));
            assertThat(expected.status()).isNotEqualTo(FactStatus.OCCURRED);
            DraftFact away = only(of("The Security Council met in Addis Ababa in 1972.").ofType("Event"));
            assertThat(away.fields()).containsEntry("location", "ETH");
        }

        @Test
        void aBodyOfAnOrganisationReferredBackToMeetsForIt() {
            Draft draft = of("ECOWAS suspended Guinea. The bloc's Mediation and Security Council is due to meet at "
                    + "ministerial level in Accra next week.");
            DraftFact meeting = only(draft.ofType("Event"));
            assertThat(meeting.fields()).containsEntry("organiser", "ecowas-msc").containsEntry("location", "GHA");
            assertThat(meeting.status()).isEqualTo(FactStatus.PLANNED);
            assertThat(Drafts.actor(draft, "ecowas-msc").fields()).containsEntry("partOf", "ECOWAS");
            // The near miss: the words of the body are no mention of the UN's Security Council.
            assertThat(Drafts.actors(draft)).doesNotContain("UNSC");
        }

        @Test
        void aVoteInTheCouncilIsCastWhereTheCouncilSits() {
            Draft draft = of("The Security Council voted on a draft resolution on Haiti. Kenya voted against.");
            assertThat(only(draft.ofType("Event")).fields()).containsEntry("location", "USA")
                    .containsEntry("organiser", "UNSC");
        }
    }

    @Nested
    class WhoSitsAtAMeeting {

        @Test
        void thoseTheEventsClauseSaysActedThereTookPart() {
            Draft draft = of("The talks came a week after a meeting in Oslo, hosted by Norway's foreign minister, at "
                    + "which Peru and Chile failed to agree on a border line.");
            assertThat(takingPart(draft)).containsExactlyInAnyOrder("PER", "CHL");
            // The near miss: "at which point" says when, not who was there.
            assertThat(of("A meeting in Oslo was called off, at which point Chile left.").ofType("Participation"))
                    .isEmpty();
        }

        @Test
        void whoChairsAGatheringSitsAtItAsFirmlyAsItIsHeld() {
            Draft ahead = of("The African Union is to hold an extraordinary summit in Lusaka on Friday, chaired by "
                    + "Zambian President Hakainde Hichilema.");
            DraftFact chair = only(ahead.ofType("Participation"));
            assertThat(chair.field("actor")).isEqualTo("hichilema");
            assertThat(chair.status()).isEqualTo(FactStatus.PLANNED);
            assertThat(takingPart(of("Chilean President Gabriel Boric chaired a meeting of the National Security "
                    + "Council."))).containsExactly("boric");
            // The near misses: chairing a body or an inquiry is no place at an event.
            assertThat(of("Peru's president chaired the committee.").ofType("Participation")).isEmpty();
            assertThat(of("The inquiry, chaired by a Chilean judge, reported in May.").ofType("Participation"))
                    .isEmpty();
        }
    }

    @Nested
    class Accessions {

        @Test
        void aStatesAccessionIsTheOrganisationsPlanWhereTheStateIs() {
            Draft draft = of("Kenya ratified Norway's accession to the African Union on Monday.");
            DraftFact plan = only(draft.ofType("Initiative"));
            assertThat(plan.fields()).containsEntry("organisation", "AU").containsEntry("region", "northern-europe");
            assertThat(stances(draft)).containsExactly("KEN>SUPPORTS");
            // The near misses: a membership held and a treaty's entry into force are no plan.
            assertThat(of("Hungary's membership of the EU is not in question. The treaty's entry into force was "
                    + "delayed.").ofType("Initiative")).isEmpty();
        }

        @Test
        void anObjectionLiftedSupportsThePlan() {
            assertThat(stances(of("Kenya lifted its objections to Norway's accession to the African Union.")))
                    .containsExactly("KEN>SUPPORTS");
            // The near miss: sanctions lifted are no stance on a plan.
            assertThat(of("Kenya lifted its sanctions on Norway.").ofType("Position")).isEmpty();
        }

        @Test
        void aStatesParliamentVotesInItsOwnChamber() {
            Draft draft = of("Kenya's parliament voted in favour of Norway's accession to the African Union.");
            assertThat(stances(draft)).containsExactly("ken-parliament>SUPPORTS");
            assertThat(draft.ofType("Event")).isEmpty();
            assertThat(draft.ofType("Participation")).isEmpty();
        }
    }

    @Nested
    class Sponsors {

        @Test
        void theSponsorsOfABodysTextSupportIt() {
            Draft draft = of("The General Assembly met on Monday. The resolution, put forward by Norway and Chile, "
                    + "calls for a ceasefire in Sudan.");
            DraftFact plan = only(draft.ofType("Initiative"));
            assertThat(plan.fields()).containsEntry("organisation", "UNGA");
            assertThat(stances(draft)).containsExactlyInAnyOrder("NOR>SUPPORTS", "CHL>SUPPORTS");
            // The near miss: a thing built by a state is no text it sponsors.
            Draft bridge = of("The General Assembly met on Monday. The bridge, built by Norway, opened in May.");
            assertThat(bridge.ofType("Initiative")).isEmpty();
            assertThat(bridge.ofType("Position")).isEmpty();
        }
    }
}
