package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;
import static org.entente.draft.Drafts.pairs;
import static org.entente.draft.Drafts.relations;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Contacts between leaders and the events they meet at: speaking with someone across a border is a call (CAMEO 041),
 * not a meeting; talks a state hosts are its event, held in it, and it sits at them; those an event is between take
 * part in it; a visit named by its noun with where it goes is an event the visitor takes part in; attending "the
 * talks" with no place named is attending the event drafted last; a town the gazetteer lacks, set off from its
 * state by a comma, places an event in that state; a possessive's noun set off by a name ("Argentina's president,
 * Javier Milei,") is that name as a verb's object. Each with a near miss.
 */
class EventsAndContactsTest {

    @Test
    void speakingWithAForeignLeaderIsACall() {
        String sentence = "Chilean President Gabriel Boric spoke with Argentine President Javier Milei on Tuesday.";
        assertBoricToMilei(sentence, "DISCUSSES_BY_TELEPHONE");
        assertThat(relations(of(sentence), "MEETS")).isEmpty();
        // The presidents of two states, and words between the verb and its preposition ("that day").
        assertThat(pairs(of("Gabriel Boric also spoke that day with the presidents of Peru and Bolivia."),
                "DISCUSSES_BY_TELEPHONE")).contains("boric>PER", "boric>BOL");
        // The near miss: speaking to reporters is no contact with anyone.
        assertThat(relations(of("Gabriel Boric spoke to reporters in Santiago about Argentina."), "DISCUSSES_BY_TELEPHONE"))
                .isEmpty();
    }

    @Test
    void aCallReportedBySomeoneElseIsTheirs() {
        DraftFact call = only(relations(of("Chile's foreign ministry said Gabriel Boric had spoken to Javier Milei."),
                "DISCUSSES_BY_TELEPHONE"));
        assertThat(call.field("from")).isEqualTo("boric");
        assertThat(call.attribution()).isEqualTo("chl-mfa");
        // The near miss: a call someone denies is no call.
        assertThat(relations(of("Gabriel Boric denied that he had spoken to Javier Milei."), "DISCUSSES_BY_TELEPHONE")).isEmpty();
    }

    @Test
    void talksAStateHostsAreItsEventHeldInItAndThoseTheyAreBetweenTakePart() {
        String sentence = "Qatar hosted talks between Chad and Sudan on Monday.";
        Draft draft = of(sentence);
        DraftFact talks = only(draft.ofType("Event"));
        assertThat(talks.fields()).containsEntry("kind", "MEETING").containsEntry("location", "QAT")
                .containsEntry("organiser", "QAT");
        assertThat(talks.status()).isEqualTo(FactStatus.OCCURRED);
        assertThat(takingPart(draft)).containsExactlyInAnyOrder("QAT", "TCD", "SDN");
        assertThat(draft.ofType("Participation")).allSatisfy(fact -> {
            assertThat(fact.field("event")).isEqualTo(talks.id());
            assertThat(fact.evidence()).containsExactly(sentence);
            assertThat(fact.status()).isEqualTo(FactStatus.OCCURRED);
        });
        // The near miss: leaders of two states meeting somewhere make no event either state holds.
        assertThat(of("Chinese and Russian leaders met in Moscow.").ofType("Event")).isEmpty();
    }

    @Test
    void aPersonHostsForTheirStateAndANamedPlaceIsWhereTheTalksAre() {
        Draft draft = of("The accord was announced by Emirati President Mohamed bin Zayed after he hosted talks in "
                + "Abu Dhabi between Ethiopia's prime minister, Abiy Ahmed, and Eritrean President Isaias Afwerki.");
        DraftFact talks = only(draft.ofType("Event"));
        assertThat(talks.fields()).containsEntry("location", "ARE").containsEntry("organiser", "ARE");
        assertThat(takingPart(draft)).contains("abiy", "afwerki");
        // The near miss: an organisation holding a summit is its frame, not one of its parties.
        Draft summit = of("The African Union hosted a summit in Addis Ababa.");
        assertThat(summit.ofType("Event")).singleElement()
                .satisfies(fact -> assertThat(fact.field("organiser")).isEqualTo("AU"));
        assertThat(summit.ofType("Participation")).isEmpty();
    }

    @Test
    void thoseASummitIsBetweenTakePartInIt() {
        Draft draft = of("The accord was signed during a summit in Lima between Peruvian President Dina Boluarte and "
                + "Chilean President Gabriel Boric in 2023.");
        assertThat(takingPart(draft)).containsExactlyInAnyOrder("boluarte", "boric");
        // The near miss: a border between two states is no event, so no one takes part in anything.
        assertThat(of("Peru closed the border between Chile and Bolivia.").ofType("Participation")).isEmpty();
    }

    @Test
    void aVisitNamedByItsNounIsAnEventTheVisitorTakesPartIn() {
        String sentence = "Brazilian President Luiz Inacio Lula da Silva, who ended a state visit to Angola on Friday, "
                + "said trade would grow.";
        Draft draft = of(sentence);
        DraftFact visit = only(draft.ofType("Event"));
        assertThat(visit.fields()).containsEntry("kind", "VISIT").containsEntry("location", "AGO")
                .doesNotContainKey("organiser");
        DraftFact lula = only(draft.ofType("Participation"));
        assertThat(lula.fields()).containsEntry("actor", "lula").containsEntry("event", visit.id());
        assertThat(lula.evidence()).containsExactly(sentence);
        assertThat(lula.status()).isEqualTo(FactStatus.STATED);
        assertThat(takingPart(of("Indian Prime Minister Narendra Modi is on a three-day visit to Kenya.")))
                .containsExactly("modi");
        // The near misses: a visit the sentence gives no destination, and a visit as a verb, are no event.
        assertThat(of("Kenya's army was on alert during the visit of the delegation.").ofType("Event")).isEmpty();
        assertThat(of("Narendra Modi is to visit Kenya next week.").ofType("Event")).isEmpty();
    }

    @Test
    void attendingTheTalksIsAttendingTheEventDraftedLast() {
        Draft draft = of("Qatar hosted talks between Chad and Sudan on Monday. Egypt also attended the talks. Libya, "
                + "which had urged the meeting, attended as an observer.");
        assertThat(takingPart(draft)).contains("EGY", "LBY");
        DraftFact egypt = draft.ofType("Participation").stream().filter(fact -> "EGY".equals(fact.field("actor")))
                .findFirst().orElseThrow();
        assertThat(egypt.evidence()).containsExactly("Egypt also attended the talks.");
        assertThat(egypt.status()).isEqualTo(FactStatus.OCCURRED);
        // The near misses: an attendance denied, one of something that is no event, and one with no event drafted.
        assertThat(takingPart(of("Qatar hosted talks between Chad and Sudan on Monday. Libya did not attend the "
                + "talks. Kenya attended the wedding."))).doesNotContain("LBY", "KEN");
        assertThat(of("Egypt also attended the talks.").ofType("Participation")).isEmpty();
    }

    @Test
    void aTownSetOffFromItsStateByACommaPlacesTheEventInThatState() {
        String sentence = "The bloc held an extraordinary summit in Entebbe, Uganda, on Thursday.";
        DraftFact summit = only(of(sentence).ofType("Event"));
        assertThat(summit.fields()).containsEntry("kind", "SUMMIT").containsEntry("location", "UGA");
        assertThat(summit.evidence()).containsExactly(sentence);
        // The near misses: a state after the comma that starts another clause is no place of the summit.
        assertThat(only(of("The leaders held a summit in Geneva, Brazil said.").ofType("Event")).fields())
                .doesNotContainKey("location");
        assertThat(only(of("The leaders held a summit in Geneva, Brazil and Chile said.").ofType("Event")).fields())
                .doesNotContainKey("location");
    }

    @Test
    void aPossessivesNounSetOffByANameIsThatNameAsTheObject() {
        String sentence = "Chilean President Gabriel Boric met Argentina's president, Javier Milei, on Friday.";
        assertBoricToMilei(sentence, "MEETS");
        // The near miss: the possessive's noun with no name set off after it names no one met.
        assertThat(relations(of("Chilean President Gabriel Boric met Argentina's president on Friday."), "MEETS"))
                .isEmpty();
    }

    /** The one relation of that kind the sentence drafts is Boric's to Milei, quoting it, as stated. */
    private static void assertBoricToMilei(String sentence, String kind) {
        DraftFact fact = only(relations(of(sentence), kind));
        assertThat(fact.fields()).containsEntry("from", "boric").containsEntry("to", "milei");
        assertThat(fact.evidence()).containsExactly(sentence);
        assertThat(fact.status()).isEqualTo(FactStatus.STATED);
    }

    private static List<Object> takingPart(Draft draft) {
        return draft.ofType("Participation").stream().map(fact -> fact.field("actor")).toList();
    }
}
