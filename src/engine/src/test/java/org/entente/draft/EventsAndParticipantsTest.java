package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Which mentions name one event and who holds it: "its summit" and "a summit of the bloc" are the organisation's;
 * "a meeting that he hosted" and "a meeting hosted by X" are the host's, and a person who hosts takes part; those who
 * hold drills take part in them; "a joint exercise" introduces an event of its own while "the summit" is the latest of
 * its kind; "the first such summit", "an exercise of the right" and "blocking manoeuvres" are no events. Each with a
 * near miss, in contexts of none of the development articles.
 */
class EventsAndParticipantsTest {

    @Test
    void aPossessiveBeforeTheNounNamesTheOrganiser() {
        DraftFact summit = only(of("Myanmar has clashed with ASEAN, and stayed away from its summit in Jakarta.")
                .ofType("Event"));
        assertThat(summit.fields()).containsEntry("organiser", "ASEAN").containsEntry("location", "IDN");
        // The near miss: "its" after a state names no organisation, so the summit has no organiser.
        assertThat(only(of("Peru protested. Chile stayed away from its summit in Lima.").ofType("Event")).fields())
                .doesNotContainKey("organiser");
    }

    @Test
    void aBodyAfterOfHoldsTheGathering() {
        assertThat(only(of("Nigeria convened a virtual summit of ECOWAS on Monday.").ofType("Event")).fields())
                .containsEntry("organiser", "ECOWAS").doesNotContainKey("location");
        // The near miss: a summit of leaders names no body that holds it.
        assertThat(only(of("Nigeria spoke at a summit of leaders on Monday.").ofType("Event")).fields())
                .doesNotContainKey("organiser");
    }

    @Test
    void theAgentOfAHostingVerbHoldsTheEventAndTakesPart() {
        Draft draft = of("The accord came after a meeting in Nairobi, hosted by Kenyan President William Ruto.");
        assertThat(draft.ofType("Event")).singleElement().extracting(DraftFact::fields)
                .isEqualTo(java.util.Map.of("name", "meeting in Nairobi", "kind", "MEETING", "location", "KEN",
                        "organiser", "KEN"));
        assertThat(takingPart(draft)).containsExactly("ruto");
        // A summit in a relative clause: the state that hosted it holds it, in itself.
        assertThat(only(of("Ghana spoke at a summit which Senegal hosted.").ofType("Event")).fields())
                .containsEntry("organiser", "SEN").containsEntry("location", "SEN");
        // The near miss: those who attend a meeting do not host it.
        Draft attended = of("The accord came after a meeting in Nairobi, attended by reporters.");
        assertThat(only(attended.ofType("Event")).fields()).doesNotContainKey("organiser");
    }

    @Test
    void aListOfStatesIsNoHost() {
        assertThat(of("Ghana held a summit on Friday.").ofType("Event")).singleElement()
                .satisfies(fact -> assertThat(fact.field("organiser")).isEqualTo("GHA"));
        // The near miss: a list before the verb names no one state whose summit it is.
        assertThat(of("The bloc, whose members are Ghana, Togo and Benin, held a summit on Friday.").ofType("Event"))
                .allSatisfy(fact -> assertThat(fact.field("organiser")).isNotIn("GHA", "TGO", "BEN"));
    }

    @Test
    void thoseWhoHoldDrillsTakePartInThemWhereTheyAreHeld() {
        Draft draft = of("Polish and Lithuanian soldiers held a joint exercise, Iron Wolf, near Vilnius.");
        DraftFact drills = only(draft.ofType("Event"));
        assertThat(drills.fields()).containsEntry("kind", "EXERCISE").containsEntry("location", "LTU")
                .doesNotContainKey("organiser");
        assertThat(takingPart(draft)).containsExactlyInAnyOrder("POL", "LTU");
        // The near miss: an organisation holding its drills is their frame, not one of their parties.
        Draft nato = of("NATO held drills in Estonia.");
        assertThat(only(nato.ofType("Event")).fields()).containsEntry("organiser", "NATO");
        assertThat(nato.ofType("Participation")).isEmpty();
    }

    @Test
    void anEventIntroducedByAIsNewWhileTheSummitIsTheLatestOfItsKind() {
        assertThat(of("Estonia refused to host the alliance's drills, NATO said. Later, Finnish and Swedish soldiers "
                + "held a joint exercise in Finland.").ofType("Event")).hasSize(2);
        Draft again = of("Peru hosted a summit in Lima. The African Union, whose chairman took part in the summit, "
                + "urged calm.");
        DraftFact summit = only(again.ofType("Event"));
        assertThat(summit.fields()).containsEntry("organiser", "PER");
        // The near miss: "the first such summit" is a kind of event, not another one held.
        assertThat(of("Peru hosted a summit in Lima. Fewer leaders came than to the first such summit in 2015.")
                .ofType("Event")).hasSize(1);
    }

    @Test
    void usingARightAndAShipsManoeuvresAreNoExercises() {
        assertThat(of("Kenya called the strike a legitimate exercise of its right to self-defence.").ofType("Event"))
                .isEmpty();
        assertThat(of("The Philippines condemned Vietnam's dangerous blocking manoeuvres.").ofType("Event")).isEmpty();
        // The near miss: naval manoeuvres are drills.
        assertThat(of("Vietnam held naval manoeuvres in the South China Sea.").ofType("Event")).hasSize(1);
    }

    private static List<String> takingPart(Draft draft) {
        return draft.ofType("Participation").stream().map(fact -> (String) fact.field("actor")).toList();
    }
}
