package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.members;
import static org.entente.draft.Drafts.of;

import org.junit.jupiter.api.Test;

/**
 * Memberships news states in lists and clauses rather than in "X is a member of Y": a demonstrative reference before
 * a "whose" clause, a state that leads the organisation ("the US-led alliance"), "of which", "to which ... belongs",
 * "as a member of", a "whose" clause after the organisation's description, and "the grouping it forms with". Each
 * with a near miss: a state that backs rather than leads, a negated member, an application, a partner, a hypothetical
 * bloc, and states that only attended the organisation's meeting.
 */
class MembershipsInListsTest {

    @Test
    void aDemonstrativeReferenceBeforeAWhoseClauseListsTheMembersAndItsLeader() {
        Draft draft = of("Leaders met in Astana for a summit of the Shanghai Cooperation Organisation. That China-led "
                + "bloc, whose members include India and Pakistan, called for restraint.");
        assertThat(members(draft, "SCO")).containsExactly("CHN", "IND", "PAK");
        // The near miss: "that" with no organisation named before it refers to none.
        assertThat(of("That bloc, whose members include India and Pakistan, called for restraint.")
                .ofType("Membership")).isEmpty();
    }

    @Test
    void aStateThatLeadsAnOrganisationIsAMemberButOneThatBacksItIsNot() {
        assertThat(members(of("Finland applied to join NATO, a US-led alliance, in May."), "NATO"))
                .containsExactly("USA");
        // The near misses: a state that backs a bloc, and a description that is not the organisation's.
        Draft backed = of("Envoys of the Gulf Cooperation Council met in Kuwait. The Saudi-backed bloc condemned Iran.");
        assertThat(members(backed, "GCC")).isEmpty();
        assertThat(members(of("Finland applied to join NATO, a US-led effort, in May."), "NATO")).isEmpty();
    }

    @Test
    void ofWhichAStateIsAMemberMakesItOne() {
        assertThat(members(of("The African Union, of which Morocco is a member, condemned the coup."), "AU"))
                .containsExactly("MAR");
        // The near miss: a state said not to be a member.
        assertThat(members(of("The Arab League, of which Iran is not a member, condemned the strikes."),
                "ARAB-LEAGUE")).isEmpty();
    }

    @Test
    void toWhichAStateBelongsMakesItAMember() {
        assertThat(members(of("The Shanghai Cooperation Organisation, to which Pakistan belongs, met in Astana."),
                "SCO")).containsExactly("PAK");
        // The near miss: a state that has applied does not belong yet.
        assertThat(members(of("The Shanghai Cooperation Organisation, to which Turkey has applied, met in Astana."),
                "SCO")).isEmpty();
    }

    @Test
    void aStateAsAMemberOfAnOrganisationIsOne() {
        assertThat(members(of("Egypt said Jordan, as a member of the Arab League, could seek help."), "ARAB-LEAGUE"))
                .containsExactly("JOR");
        // The near miss: a partner of the organisation is no member.
        assertThat(of("Egypt said Israel, as a partner of NATO, could seek help.").ofType("Membership")).isEmpty();
    }

    @Test
    void aWhoseClauseAfterTheOrganisationsDescriptionListsItsMembers() {
        Draft draft = of("Leaders gathered for the Shanghai Cooperation Organisation, the ten-member bloc of Central "
                + "Asia and its neighbours whose members include Kazakhstan and Iran, in July.");
        assertThat(members(draft, "SCO")).containsExactly("IRN", "KAZ");
        // The near miss: the leaders of a bloc are not its members.
        assertThat(of("Leaders gathered for the Shanghai Cooperation Organisation, the ten-member bloc of Central "
                + "Asia whose critics include Japan and Canada, in July.").ofType("Membership")).isEmpty();
    }

    @Test
    void theGroupingAStateFormsWithOthersHasThemAsMembers() {
        Draft draft = of("Japan hosted its partners in the Quad, the grouping it forms with the United States, India "
                + "and Australia, in Tokyo.");
        assertThat(members(draft, "QUAD")).containsExactly("AUS", "IND", "USA");
        // The near miss: a grouping it could form is no grouping yet.
        assertThat(of("Japan hosted envoys of the Quad, the grouping it could form with South Korea, in Tokyo.")
                .ofType("Membership")).isEmpty();
    }

    @Test
    void aHypotheticalBlocOrAMeetingsAttendanceListsNoMembers() {
        assertThat(of("Brazil proposed a bloc of states that includes Argentina and Chile.").ofType("Membership"))
                .isEmpty();
        assertThat(of("Kenya, Uganda and Tanzania attended a meeting of the African Union in Addis Ababa.")
                .ofType("Membership")).isEmpty();
    }
}
