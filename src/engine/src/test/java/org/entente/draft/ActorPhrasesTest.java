package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.between;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;
import static org.entente.draft.Drafts.relations;

import org.junit.jupiter.api.Test;

/**
 * Actors news names by a phrase the gazetteer does not hold: a body referred back to by its head noun, an opening
 * "it" that goes on with the sentence before. Each with a near miss that names no one (or someone else).
 */
class ActorPhrasesTest {

    @Test
    void theMinistryIsTheBodyNamedLastWithThatHeadNoun() {
        Draft draft = of("Chile's foreign ministry said on Monday that the talks had failed. The ministry also accused "
                + "Bolivia of bad faith.");
        DraftFact accused = only(relations(draft, "ACCUSES"));
        assertThat(accused.fields()).containsEntry("from", "chl-mfa").containsEntry("to", "BOL");
        assertThat(accused.note()).contains("The ministry");
        // The near miss: with no ministry named before, "the ministry" is no one's.
        assertThat(relations(of("Chile said on Monday that the talks had failed. The ministry also accused Bolivia of "
                + "bad faith."), "ACCUSES")).noneMatch(fact -> "BOL".equals(fact.field("to"))
                && !"CHL".equals(fact.field("from")));
    }

    @Test
    void aDemonymBeforeTheHeadNounIsThatStatesBody() {
        Draft draft = of("Peru's defence ministry warned Ecuador on Tuesday, and Colombia's foreign ministry said it was "
                + "concerned. The Peruvian ministry later accused Colombia of arming rebels.");
        assertThat(relations(draft, "ACCUSES")).anyMatch(between("per-mod", "COL"));
        // The near miss: another state's ministry is not Peru's, whose ministry the article named.
        Draft other = of("Peru's defence ministry warned Ecuador on Tuesday. The Bolivian ministry later accused "
                + "Colombia of arming rebels.");
        assertThat(relations(other, "ACCUSES")).noneMatch(between("per-mod", "COL"));
    }

    @Test
    void theMinistryOfAnotherStateIsNotTheOneNamedBefore() {
        // "the ministry of Chad" says whose it is: not Chile's.
        Draft draft = of("Chile's foreign ministry said on Monday that the talks had failed. The ministry of Chad later "
                + "accused Bolivia of bad faith.");
        assertThat(relations(draft, "ACCUSES")).noneMatch(between("chl-mfa", "BOL"));
    }

    @Test
    void anOpeningItGoesOnWithTheSubjectOfTheSentenceBefore() {
        Draft draft = of("Peru called the decision disproportionate. On Friday it imposed sanctions on Chile.");
        DraftFact sanctions = only(relations(draft, "SANCTIONS"));
        assertThat(sanctions.fields()).containsEntry("from", "PER").containsEntry("to", "CHL");
        assertThat(sanctions.note()).contains("'it' read as PER");
        // Past a possessive that opens the sentence before, the subject is the organisation that met.
        Draft request = of("At Bolivia's request, the African Union met in Addis Ababa on Monday. It condemned "
                + "Paraguay.");
        assertThat(relations(request, "CONDEMNS")).anyMatch(between("AU", "PRY")).noneMatch(between("BOL", "PRY"));
    }

    @Test
    void anOpeningItIsNoOneAfterAThingAPersonAListOrAnImpersonalVerb() {
        // The near misses: the sentence before opened on a thing, a person or a list, or "it" is impersonal.
        assertThat(relations(of("The launch over the sea failed on Monday. It imposed sanctions on Chile."),
                "SANCTIONS")).isEmpty();
        assertThat(relations(of("Prime Minister Jonas Berg visited Oslo. It imposed sanctions on Chile."),
                "SANCTIONS")).isEmpty();
        assertThat(relations(of("Brazil and Argentina signed a trade pact. It imposed sanctions on Chile."),
                "SANCTIONS")).isEmpty();
        assertThat(relations(of("Norway rejected the plan. It was unclear whether Sweden would condemn Chile."),
                "CONDEMNS")).noneMatch(fact -> "NOR".equals(fact.field("from")));
        // An opening "it" later in a sentence that named its own subject is read as before, not as the opener.
        assertThat(relations(of("Peru called the decision disproportionate. Ecuador said it would impose sanctions "
                + "on Chile."), "SANCTIONS")).noneMatch(between("PER", "CHL"));
    }
}
