package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.between;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.relations;

import org.junit.jupiter.api.Test;

/**
 * A verb after "and" shares the subject of the verb before it in the same finite form, past what that verb said:
 * "X said Y was ... and urged Z" is X's appeal. Each with a near miss.
 */
class CarriedSubjectsTest {

    @Test
    void theSpeakerCarriesOverWhatItSaid() {
        assertThat(relations(of("Kenyan President William Ruto said the ceasefire in Sudan was holding and urged "
                + "Ethiopia to join the talks."), "APPEALS_TO")).anyMatch(between("ruto", "ETH"))
                .noneMatch(between("SDN", "ETH"));
        assertThat(relations(of("Germany said Turkish troops were watching the border with Syria and called on "
                + "Iraq to act."), "APPEALS_TO")).anyMatch(between("DEU", "IRQ")).noneMatch(between("TUR", "IRQ"));
    }

    @Test
    void aSeriesOfActsKeepsItsSubjectPastARelativeClause() {
        assertThat(relations(of("The Philippines accused China of harassing fishermen who supply Vietnam, and "
                + "expelled a senior Chinese diplomat."), "REDUCES_RELATIONS")).anyMatch(between("PHL", "CHN"));
    }

    @Test
    void aVerbInAnotherFormStaysWithTheClauseSaid() {
        // The near miss: "was massing troops and threatening Ukraine" is Russia's, though Japan said it.
        assertThat(relations(of("Japan said Russia was massing troops and threatening Ukraine."), "THREATENS"))
                .anyMatch(between("RUS", "UKR")).noneMatch(between("JPN", "UKR"));
    }

    @Test
    void eachVerbOfASeriesSharesTheSeriesSubject() {
        // Qatar is the object of the first verb, not the subject of the last.
        assertThat(relations(of("The Arab League suspended trade with Qatar, closed its offices, froze the country's "
                + "assets and gave Doha ten days to expel the envoys."), "DEMANDS"))
                .anyMatch(between("ARAB-LEAGUE", "QAT"));
        assertThat(relations(of("Japan said Russia massed troops, shelled towns and threatened Ukraine."), "THREATENS"))
                .anyMatch(between("RUS", "UKR")).noneMatch(between("JPN", "UKR"));
    }

    @Test
    void aClauseWithItsOwnSubjectEndsTheSeries() {
        // The near miss: after ", and Bahrain" the ultimatum is Bahrain's, not the subject of the series before.
        assertThat(relations(of("Saudi Arabia suspended flights to Qatar, closed its embassy, and Bahrain gave Doha "
                + "ten days to expel the envoys."), "DEMANDS")).anyMatch(between("BHR", "QAT"))
                .noneMatch(between("SAU", "QAT"));
    }

    @Test
    void aQuantifierAfterAListOfSubjectsKeepsTheWholeList() {
        assertThat(relations(of("Kenya and Uganda both condemned Sudan."), "CONDEMNS"))
                .anyMatch(between("KEN", "SDN")).anyMatch(between("UGA", "SDN"));
        assertThat(relations(of("Kenya, Uganda and Rwanda have all condemned Sudan."), "CONDEMNS")).hasSize(3);
        // The near miss: a word other than a quantifier between them leaves the list's last name as the subject.
        assertThat(relations(of("Kenya and Uganda, Sudan's neighbour, condemned Chad."), "CONDEMNS"))
                .noneMatch(between("KEN", "TCD"));
    }
}
