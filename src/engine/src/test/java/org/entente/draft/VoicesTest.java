package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.between;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;
import static org.entente.draft.Drafts.relations;

import org.junit.jupiter.api.Test;

/**
 * A verb pattern read in its other voices: a passive, whose agent after "by" is the subject, and a relative clause
 * whose pronoun is the object. Each with a near miss.
 */
class VoicesTest {

    @Test
    void thePassivesAgentIsTheSubject() {
        DraftFact condemned = only(relations(of("Azerbaijan was sharply condemned by France on Tuesday."),
                "CONDEMNS"));
        assertThat(condemned.field("from")).isEqualTo("FRA");
        assertThat(condemned.field("to")).isEqualTo("AZE");
        assertThat(condemned.pattern()).isEqualTo("condemn-verb-passive");
        assertThat(relations(of("Taiwan has been backed by the United States for decades."), "SUPPORTS"))
                .anyMatch(between("USA", "TWN"));
        // What follows the object in the active pattern follows the agent: "accused by X of".
        assertThat(relations(of("Rwanda was accused by the Democratic Republic of the Congo of arming the rebels."), "ACCUSES"))
                .anyMatch(between("COD", "RWA"));
    }

    @Test
    void aReducedRelativeIsAPassiveToo() {
        assertThat(relations(of("Armenia, criticised by Russia, left the talks."), "CONDEMNS"))
                .anyMatch(between("RUS", "ARM"));
    }

    @Test
    void aPassiveNegatedOrWithNoActorAfterByIsNothing() {
        assertThat(relations(of("Azerbaijan was not condemned by France."), "CONDEMNS")).isEmpty();
        assertThat(relations(of("Pakistan was struck by floods in August."), "ATTACKS")).isEmpty();
    }

    @Test
    void anObjectBeforeWhichIsTheObjectOfTheVerbAfterIt() {
        DraftFact accused = only(relations(of("Hezbollah, which Israel accuses of firing rockets, denied it."),
                "ACCUSES"));
        assertThat(accused.field("from")).isEqualTo("ISR");
        assertThat(accused.field("to")).isEqualTo("HEZBOLLAH");
        assertThat(relations(of("Cuba, which Russia has long supported, voted against."), "SUPPORTS"))
                .anyMatch(between("RUS", "CUB"));
    }

    @Test
    void aSubjectBeforeWhichStaysTheSubject() {
        // The near miss: "which" is the subject, so the actor after the verb is its object, read as before.
        assertThat(relations(of("Iran, which backs Hezbollah, was silent."), "SUPPORTS"))
                .anyMatch(between("IRN", "HEZBOLLAH")).noneMatch(between("HEZBOLLAH", "IRN"));
        assertThat(relations(of("Cuba, which Russia has never supported, voted against."), "SUPPORTS")).isEmpty();
    }

    @Test
    void aVerbSaidInARelativeClauseHasTheClausesNounAsSubjectAndTheSayerAsSource() {
        DraftFact backing = only(relations(of("Donors pressed Eritrea, which the African Union says is backing "
                + "Sudan."), "SUPPORTS"));
        assertThat(backing.field("from")).isEqualTo("ERI");
        assertThat(backing.field("to")).isEqualTo("SDN");
        assertThat(backing.attribution()).isEqualTo("AU");
    }

    @Test
    void aSayerOfARelativeClauseIsNeitherTheSubjectNorTheObjectOfWhatItSays() {
        assertThat(relations(of("Sanctions hit Belarus, which the European Union says is supporting Russia."),
                "SUPPORTS")).anyMatch(between("BLR", "RUS")).noneMatch(between("EU", "BLR"))
                .noneMatch(between("EU", "RUS"));
        // The near miss: with no verb of saying, the actor after "which" is the subject and the noun its object.
        assertThat(relations(of("Sanctions hit Belarus, which the European Union is supporting with aid."),
                "SUPPORTS")).anyMatch(between("EU", "BLR")).noneMatch(between("BLR", "EU"));
    }

    @Test
    void aVerbPastTheRelativeClausesClosingCommaIsTheNounsOwn() {
        assertThat(relations(of("Hezbollah, which Iran backs, denied the report."), "REJECTS")).isEmpty();
        // The near miss: inside the clause, the relative voice reads the object as before.
        assertThat(relations(of("Hezbollah, which Iran backs, denied the report."), "SUPPORTS"))
                .anyMatch(between("IRN", "HEZBOLLAH"));
    }
}
