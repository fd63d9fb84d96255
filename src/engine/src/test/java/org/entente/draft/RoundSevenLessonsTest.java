package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.between;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;
import static org.entente.draft.Drafts.relations;

import org.junit.jupiter.api.Test;

/**
 * What round 7, unseen until session 30, taught about readings wider than the sentence: an act in a list of
 * infinitives that a demand opens is asked for, however far down the list it stands, and so is a bare verb
 * joined by "and" to one of them. Sentences of other states than
 * the articles', each with a near miss.
 */
class RoundSevenLessonsTest {

    @Test
    void everyInfinitiveOfAListADemandOpensIsAskedForNoAct() {
        Draft accord = of("The accord requires Ghana to close the port, to recall its envoy from Togo and to cut ties "
                + "with Burkina Faso.");
        assertThat(relations(accord, "REDUCES_RELATIONS")).isEmpty();
        assertThat(relations(accord, "RECALLS_AMBASSADOR")).isEmpty();
        assertThat(relations(of("The ultimatum asks Ghana to close the port, to expel Togo's diplomats, and to sever "
                + "ties with Burkina Faso."), "REDUCES_RELATIONS")).isEmpty();
        assertThat(relations(of("The accord requires Ghana to close the port and end its military cooperation with "
                + "Togo."), "REDUCES_RELATIONS")).isEmpty();
        // Near misses: a list after a verb that asks nothing is still acts, and a clause of its own after the list
        // is an act of its subject's.
        assertThat(only(relations(of("Ghana went on to close the port, and to sever ties with Burkina Faso."),
                "REDUCES_RELATIONS"))).matches(between("GHA", "BFA"));
        assertThat(only(relations(of("Nigeria urged Ghana to close the port, and Togo cut ties with Burkina Faso."),
                "REDUCES_RELATIONS"))).matches(between("TGO", "BFA"));
        assertThat(only(relations(of("Nigeria urged Ghana to close the port and Togo ended its military cooperation "
                + "with Benin."), "REDUCES_RELATIONS"))).matches(between("TGO", "BEN"));
    }
}
