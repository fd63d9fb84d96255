package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;
import static org.entente.draft.Drafts.relations;

import org.junit.jupiter.api.Test;

/**
 * A draft never says more than its sentence: an act someone denies is not an act the article reports, and an act
 * the article says is believed, thought or alleged is reported, not stated. Each with a near miss.
 */
class DenialsAndBeliefTest {

    @Test
    void anActAfterADenialInItsClauseIsNoFact() {
        assertThat(relations(of("Moscow dismissed reports that it had sold drones to Venezuela."), "SELLS_ARMS_TO"))
                .isEmpty();
        assertThat(relations(of("Hanoi denied that Vietnam had condemned Cambodia."), "CONDEMNS")).isEmpty();
        assertThat(relations(of("Seoul rejected claims that South Korea had sanctioned Iran."), "SANCTIONS"))
                .isEmpty();
    }

    @Test
    void anActBeforeTheDenialOrInAnotherClauseStands() {
        assertThat(relations(of("Ghana condemned Togo, though Lome denied the charge."), "CONDEMNS"))
                .anyMatch(Drafts.between("GHA", "TGO"));
        assertThat(relations(of("Kenya denied the report; Uganda condemned Kenya."), "CONDEMNS"))
                .anyMatch(Drafts.between("UGA", "KEN"));
        // "dismissed" alone is no denial: to dismiss criticism is not to deny an act.
        assertThat(relations(of("Spain dismissed the criticism and condemned Morocco."), "CONDEMNS"))
                .anyMatch(Drafts.between("ESP", "MAR"));
    }

    @Test
    void anActTheSentenceSaysIsBelievedOrAllegedIsReported() {
        DraftFact believed = only(relations(of("Chile is believed to have condemned Peru."), "CONDEMNS"));
        assertThat(believed.status()).isEqualTo(FactStatus.REPORTED);
        assertThat(believed.hedges()).contains("is believed to");

        DraftFact unconfirmed = only(relations(of("According to unconfirmed accounts, Peru condemned Bolivia."),
                "CONDEMNS"));
        assertThat(unconfirmed.hedges()).contains("unconfirmed");
        assertThat(unconfirmed.status()).isEqualTo(FactStatus.REPORTED);

        // The near miss: the same act said plainly is said, not reported.
        assertThat(only(relations(of("Chile condemned Peru."), "CONDEMNS")).status())
                .isNotEqualTo(FactStatus.REPORTED).isNotEqualTo(FactStatus.POSSIBLE);
    }

    @Test
    void anActBeingWeighedIsPossible() {
        DraftFact weighed = only(relations(of("Ethiopia is weighing sanctions on Eritrea."), "SANCTIONS"));
        assertThat(weighed.status()).isEqualTo(FactStatus.POSSIBLE);
        assertThat(only(relations(of("Ethiopia imposed sanctions on Eritrea."), "SANCTIONS")).status())
                .isNotEqualTo(FactStatus.POSSIBLE);
    }
}
