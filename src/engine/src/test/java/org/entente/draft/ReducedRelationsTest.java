package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.between;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.relations;

import org.junit.jupiter.api.Test;

/**
 * Relations reduced with no partner named after the verb: an envoy told not to come back, visits suspended, relations
 * broken off. The partner is the one state the sentence names besides the subject (`to: COUNTERPART`); each with a
 * near miss.
 */
class ReducedRelationsTest {

    @Test
    void anEnvoyToldNotToReturnReducesRelationsWithItsState() {
        assertThat(relations(of("Ecuador told Mexico's ambassador, who was in Mexico City for talks, not to return."),
                "REDUCES_RELATIONS")).anyMatch(between("ECU", "MEX"));
        // The near miss: told to return something is no bar on the envoy.
        assertThat(relations(of("Ecuador told Mexico's ambassador to return the documents."), "REDUCES_RELATIONS"))
                .isEmpty();
    }

    @Test
    void suspendedVisitsAreWithTheSentencesOtherState() {
        assertThat(relations(of("Morocco suspended all high-level visits after a dispute with Algeria."),
                "REDUCES_RELATIONS")).anyMatch(between("MAR", "DZA"));
        // The near miss: with two other states named, the partner is unknown.
        assertThat(relations(of("Morocco suspended all high-level visits, citing Algeria and Tunisia."),
                "REDUCES_RELATIONS")).isEmpty();
    }

    @Test
    void relationsBrokenOffAreWithTheStateOfTheGrievance() {
        assertThat(relations(of("Quito broke off relations after the raid on its embassy in Mexico City."),
                "REDUCES_RELATIONS")).anyMatch(between("ECU", "MEX"));
        // The near misses: two subjects name no partner besides themselves; a negated verb is no act.
        assertThat(relations(of("Ecuador and Mexico broke off relations."), "REDUCES_RELATIONS")).isEmpty();
        assertThat(relations(of("Ecuador did not break off relations with Mexico."), "REDUCES_RELATIONS")).isEmpty();
    }
}
