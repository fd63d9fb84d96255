package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;
import static org.entente.draft.Drafts.pairs;
import static org.entente.draft.Drafts.relations;

import org.junit.jupiter.api.Test;

/**
 * Contacts between leaders and the events they meet at: speaking with someone across a border is a call (CAMEO 041),
 * not a meeting. Each with a near miss.
 */
class EventsAndContactsTest {

    @Test
    void speakingWithAForeignLeaderIsACall() {
        String sentence = "Chilean President Gabriel Boric spoke with Argentine President Javier Milei on Tuesday.";
        DraftFact call = only(relations(of(sentence), "DISCUSSES_BY_TELEPHONE"));
        assertThat(call.field("from")).isEqualTo("boric");
        assertThat(call.field("to")).isEqualTo("milei");
        assertThat(call.evidence()).containsExactly(sentence);
        assertThat(call.status()).isEqualTo(FactStatus.STATED);
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
}
