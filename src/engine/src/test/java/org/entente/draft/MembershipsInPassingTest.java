package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.members;
import static org.entente.draft.Drafts.of;

import org.junit.jupiter.api.Test;

/**
 * Memberships news mentions in passing, while the sentence is about something else: an apposition that says what a
 * state is ("Turkey, a NATO member, bought ..."), a relative clause ("which is a member of", "which joined"), the
 * members named after "member states" or the organisation's possessive, an organisation that "groups" states, and
 * the state that chairs or holds its presidency. Each with a near miss: a member that is not
 * one ("a non-EU member", "a would-be member", "a former ally"), and a description that names no organisation.
 */
class MembershipsInPassingTest {

    @Test
    void anAppositionThatCallsAStateAMemberOrAllyMakesItOne() {
        assertThat(members(of("Turkey, a NATO member, bought Russian missiles."), "NATO")).containsExactly("TUR");
        assertThat(members(of("Hungary, an EU member state, vetoed the aid."), "EU")).containsExactly("HUN");
        assertThat(members(of("Portugal, a fellow NATO ally, sent ships."), "NATO")).containsExactly("PRT");
        // Near misses: a member of no organisation named, and one that is not, or not yet, or no longer one.
        assertThat(of("Turkey, a regional power, bought Russian missiles.").ofType("Membership")).isEmpty();
        assertThat(members(of("Norway, a non-EU member of NATO, agreed."), "EU")).isEmpty();
        assertThat(members(of("Ukraine, a would-be NATO member, waited."), "NATO")).isEmpty();
        assertThat(members(of("Georgia, a former Soviet republic and aspiring EU member, protested."), "EU")).isEmpty();
    }

    @Test
    void aRelativeClauseThatSaysAStateIsOrBecameAMemberMakesItOne() {
        assertThat(members(of("Poland, which is a member of NATO, closed the crossing."), "NATO"))
                .containsExactly("POL");
        assertThat(members(of("Poland, which is a NATO member, closed the crossing."), "NATO"))
                .containsExactly("POL");
        assertThat(members(of("Estonia, which joined NATO in 2004, protested."), "NATO")).containsExactly("EST");
        // The near miss: a clause that says the state wants to be one.
        assertThat(members(of("Moldova, which is a candidate for EU membership, protested."), "EU")).isEmpty();
    }

    @Test
    void membersNamedAfterMemberStatesOrThePossessiveAreMembers() {
        assertThat(members(of("EU member states Poland and Lithuania sealed their borders."), "EU"))
                .containsExactly("LTU", "POL");
        assertThat(members(of("The EU's member states Poland and Lithuania sealed their borders."), "EU"))
                .containsExactly("LTU", "POL");
        // The near miss: states named after a bloc's partners are no members.
        assertThat(members(of("The EU's partners Norway and Iceland sealed their borders."), "EU")).isEmpty();
    }

    @Test
    void anOrganisationThatGroupsStatesHasThemAsMembers() {
        assertThat(members(of("The CSTO groups Russia, Armenia and Belarus."), "CSTO"))
                .containsExactly("ARM", "BLR", "RUS");
        assertThat(members(of("The Collective Security Treaty Organization brings together Russia, Armenia and "
                + "Belarus."), "CSTO")).containsExactly("ARM", "BLR", "RUS");
        // The near miss: what unites states is no organisation of theirs.
        assertThat(of("The crisis united Russia and Belarus.").ofType("Membership")).isEmpty();
    }

    @Test
    void whoChairsOrHoldsThePresidencyOfAnOrganisationIsAMember() {
        assertThat(members(of("Hungary, which holds the rotating presidency of the EU, objected."), "EU"))
                .containsExactly("HUN");
        assertThat(members(of("Italy, which holds the G7 presidency, chaired the call."), "G7"))
                .containsExactly("ITA");
        assertThat(members(of("Leaders of the Group of Seven met on Sunday. Italy, which holds the group's "
                + "presidency, chaired the call."), "G7")).containsExactly("ITA");
        assertThat(members(of("Anwar Ibrahim, whose country chairs the Association of Southeast Asian Nations, said "
                + "the talks went well."), "ASEAN")).containsExactly("MYS");
        // The near miss: talks with the chair make no member.
        assertThat(of("Kenya, which held talks with the AU chair, objected.").ofType("Membership")).isEmpty();
    }
}
