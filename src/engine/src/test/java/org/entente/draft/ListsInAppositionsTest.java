package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.relations;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An organisation introduced with its members in a relative clause ("The GCC, whose six members are A, the B, C
 * ..."): the members are members, a list may hold articles, and the verb after the clause is the organisation's, not
 * the last member's. Each with a near miss.
 */
class ListsInAppositionsTest {

    private static final String GCC = "The Gulf Cooperation Council, whose six members are Saudi Arabia, the United "
            + "Arab Emirates, Qatar, Kuwait, Bahrain and Oman, condemned Iran.";

    private static List<String> members(Draft draft) {
        return draft.ofType("Membership").stream().map(fact -> fact.field("member") + ">" + fact.field("organisation"))
                .toList();
    }

    @Test
    void theMembersInAWhoseClauseAreMembersArticlesAndAll() {
        assertThat(members(of(GCC))).containsExactlyInAnyOrder("SAU>GCC", "ARE>GCC", "QAT>GCC", "KWT>GCC", "BHR>GCC",
                "OMN>GCC");
        // The near miss: a place in a whose clause is no member.
        assertThat(members(of("The G20, whose summit was held in India, condemned Russia."))).isEmpty();
    }

    @Test
    void theVerbAfterTheClauseIsTheOrganisationsNotTheLastMembers() {
        assertThat(relations(of(GCC), "CONDEMNS")).extracting(fact -> fact.field("from")).containsExactly("GCC");
        // The near miss: a list that is the subject keeps each of its members as one.
        assertThat(relations(of("Oman, the United Arab Emirates and Kuwait condemned Iran."), "CONDEMNS"))
                .extracting(fact -> fact.field("from")).containsExactlyInAnyOrder("OMN", "ARE", "KWT");
    }
}
