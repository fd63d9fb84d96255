package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;
import static org.entente.draft.Drafts.relations;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Nouns of `actNouns` that name a drafted act: "the reimposition" of sanctions, "the journey" of a visit, "the
 * takeover" that is a coup. With no such act drafted, the noun refers to nothing. Each with a near miss.
 */
class ActNounsTest {

    @Test
    void theReimpositionIsTheSanctionsDraftedBefore() {
        assertThat(targetsOf("Ghana imposed sanctions on Togo on Monday. Togo called the reimposition illegal.",
                "REJECTS")).containsExactly("rel-gha-sanctions-tgo");
        // The near miss: no sanctions drafted, nothing to reject.
        assertThat(targetsOf("Togo called the reimposition illegal.", "REJECTS")).isEmpty();
    }

    @Test
    void theJourneyIsTheVisitDraftedBefore() {
        assertThat(targetsOf("Kenya's president visited Somalia on Tuesday. Ethiopia condemned the journey.",
                "CONDEMNS")).singleElement().satisfies(to -> assertThat(to).contains("visits-som"));
        assertThat(targetsOf("Ethiopia condemned the journey.", "CONDEMNS")).isEmpty();
    }

    @Test
    void theTakeoverIsTheCoupDraftedBefore() {
        Draft draft = of("Guinea's army ousted Guinean President Alpha Conde. Senegal condemned the takeover.");
        DraftFact coup = only(relations(draft, "COERCES"));
        assertThat(only(relations(draft, "CONDEMNS")).field("to")).isEqualTo(coup.id());
        assertThat(targetsOf("Senegal condemned the takeover.", "CONDEMNS")).isEmpty();
    }

    private static List<String> targetsOf(String text, String kind) {
        return relations(of(text), kind).stream().map(fact -> String.valueOf(fact.field("to"))).toList();
    }
}
