package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.relations;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A definite act noun after a verb of the same act in its sentence ("accused ..., and Togo rejected the accusation")
 * names the act that verb told, the one the sentence drafted, or nothing when it drafted none; never an earlier act
 * of the kind. The noun derives from the verb: the verb's lemma, less a final "e", begins it. Each with a near miss.
 */
class ActsToldByVerbTest {

    @Test
    void theAccusationIsTheOneTheSentenceToldNotAnEarlierOne() {
        assertThat(targetsOf("Ghana accused Togo of spying in March. On Monday Kenya accused Togo of arming rebels, and "
                + "Togo rejected the accusation.", "REJECTS")).containsExactly("rel-ken-accuses-tgo");
    }

    @Test
    void aCondemnationToldButNotDraftedIsNoEarlierCondemnation() {
        // "to condemn the raids" tells a condemnation the drafter does not draft, so the rejection is of nothing.
        assertThat(targetsOf("Ghana condemned Togo in March. On Monday Kenya summoned Togo's ambassador to condemn the "
                + "raids; Togo rejected the condemnation.", "REJECTS")).isEmpty();
    }

    @Test
    void withNoVerbOfTheActTheNounRefersBack() {
        // The near miss: nothing in the sentence tells a condemnation, so the noun is the one drafted before.
        assertThat(targetsOf("Ghana condemned Togo in March. On Monday Togo rejected the condemnation.", "REJECTS"))
                .containsExactly("rel-gha-condemns-tgo");
    }

    private static List<String> targetsOf(String text, String kind) {
        return relations(of(text), kind).stream().map(fact -> String.valueOf(fact.field("to"))).toList();
    }
}
