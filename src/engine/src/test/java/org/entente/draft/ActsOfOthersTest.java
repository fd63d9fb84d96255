package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.relations;

import org.junit.jupiter.api.Test;

/**
 * A definite noun of an act refers back to the act the article drafted last ("the cancellation"), unless the words
 * after it name a party that act does not have: "the nuclear deal with Iran" is not Japan's deal with Vietnam.
 */
class ActsOfOthersTest {

    @Test
    void anActsNounNamingAnotherPartyIsNoReferenceBack() {
        Draft draft = of("Japan signed a trade deal with Vietnam in March. Israel condemned the nuclear deal with Iran.");
        assertThat(relations(draft, "CONDEMNS")).noneMatch(fact -> "rel-jpn-signs-agreement-vnm".equals(fact.field("to")));
    }

    @Test
    void anActsNounNamingItsOwnPartyStillRefersBack() {
        Draft draft = of("Australia cancelled its contract with France. Germany criticised the cancellation of the "
                + "contract with France.");
        assertThat(relations(draft, "CONDEMNS")).anyMatch(fact -> "DEU".equals(fact.field("from"))
                && String.valueOf(fact.field("to")).startsWith("rel-aus-cancels"));
    }
}
