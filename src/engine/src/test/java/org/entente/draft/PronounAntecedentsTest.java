package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.actor;
import static org.entente.draft.Drafts.between;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;
import static org.entente.draft.Drafts.relations;

import org.junit.jupiter.api.Test;

/** Whom a pronoun or a short reference back stands for, and when it stands for no one. Each with a near miss. */
class PronounAntecedentsTest {

    private static final String BEFORE = "Kenyan President William Ruto met Ugandan President Yoweri Museveni in "
            + "Nairobi. On 4 March Makame Mbarawa, a spokesman for the Tanzanian foreign ministry, said the talks had "
            + "failed. ";

    @Test
    void aDateBeforeANameIsNoPartOfIt() {
        Draft draft = of(BEFORE + "Ruto said on 5 March that he had urged Uganda to withdraw its troops.");
        assertThat(actor(draft, "mbarawa").field("name")).isEqualTo("Makame Mbarawa");
        // "March" is no surname of Mbarawa's, so the saying verb's subject is the nearest person before "he".
        DraftFact urged = relations(draft, "APPEALS_TO").stream().filter(between("ruto", "UGA")).findFirst()
                .orElseThrow();
        assertThat(urged.attribution()).isEqualTo("ruto");
        assertThat(relations(draft, "APPEALS_TO")).noneMatch(between("mbarawa", "UGA"));
    }

    @Test
    void aSurnameAfterADateIsStillThePerson() {
        // The near miss: the spokesman himself says it, so "he" is he.
        Draft draft = of(BEFORE + "Mbarawa said on 5 March that he had urged Uganda to withdraw its troops.");
        assertThat(relations(draft, "APPEALS_TO")).anyMatch(between("mbarawa", "UGA"))
                .noneMatch(between("ruto", "UGA"));
    }

    @Test
    void itIsTheStateOrOrganisationThatIsTheSubjectBeforeIt() {
        Draft draft = of("The African Union suspended Mali and Guinea from its decision-making bodies after the coups "
                + "of 2021, and it still imposes sanctions on Guinea.");
        DraftFact sanctions = relations(draft, "SANCTIONS").stream().filter(between("AU", "GIN")).findFirst()
                .orElseThrow();
        assertThat(sanctions.status()).isEqualTo(FactStatus.ONGOING);
        assertThat(sanctions.note()).contains("'it' read as AU");
        assertThat(relations(draft, "SANCTIONS")).noneMatch(between("MLI", "GIN"));
    }

    @Test
    void itIsNeverAPersonNorTheObjectOfAPreposition() {
        // The near misses: "it" after a person alone, and after a state only named after "with".
        assertThat(relations(of("Kenyan President William Ruto said it would impose sanctions on Uganda."),
                "SANCTIONS")).isEmpty();
        assertThat(relations(of("The talks with Mali collapsed in March, and it imposed sanctions on Guinea."),
                "SANCTIONS")).isEmpty();
    }

    @Test
    void itAgreesInNumberWithASubjectNoActorNames() {
        // A plural subject between them is no "it"; the near miss, a singular one, is.
        assertThat(relations(of("The African Union said that sanctions on member states were temporary, and it still "
                + "imposes sanctions on Guinea."), "SANCTIONS")).anyMatch(between("AU", "GIN"));
        assertThat(relations(of("The African Union met on Monday, and the committee said that it still imposes "
                + "sanctions on Guinea."), "SANCTIONS")).isEmpty();
    }

    @Test
    void heBeforeTheSayingVerbIsTheSpeaker() {
        DraftFact urged = only(relations(of("Kenyan President William Ruto arrived in Kampala on Monday. Tanzania had "
                + "urged Uganda to withdraw, he said."), "APPEALS_TO"));
        assertThat(urged.fields()).containsEntry("from", "TZA").containsEntry("to", "UGA");
        assertThat(urged.status()).isEqualTo(FactStatus.STATED);
        assertThat(urged.attribution()).isEqualTo("ruto");
        // The near miss: with no person named in the sentence or the one before, "he" is no one, so the outlet.
        DraftFact unnamed = only(relations(of("Kenya and Uganda traded accusations on Monday. Tanzania had urged "
                + "Uganda to withdraw, he said."), "APPEALS_TO"));
        assertThat(unnamed.attribution()).isEqualTo("test-article");
    }
}
