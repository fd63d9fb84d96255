package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.between;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.relations;

import org.junit.jupiter.api.Test;

/** A state said to be close to another, in a relative clause or its own, is its partner; a near miss is not. */
class ClosenessTest {

    @Test
    void closeToAStateIsAPartnership() {
        assertThat(relations(of("Qatar, which is close to Turkey, hosted the talks."), "PARTNERS_WITH"))
                .anyMatch(between("QAT", "TUR"));
        assertThat(relations(of("Serbia has long been close to Russia."), "PARTNERS_WITH"))
                .anyMatch(between("SRB", "RUS"));
    }

    @Test
    void closeToAPlaceOrNotCloseIsNone() {
        assertThat(relations(of("The fighting is close to the border with Lebanon."), "PARTNERS_WITH")).isEmpty();
        assertThat(relations(of("Serbia is not close to Russia."), "PARTNERS_WITH")).isEmpty();
    }
}
