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

    @Test
    void aDemonymBeforeOneOfTheStatesPeopleShipsOrPostsIsTheState() {
        assertThat(relations(of("Ghana arrested a Canadian businessman on Monday."), "COERCES"))
                .anyMatch(between("GHA", "CAN"));
        assertThat(relations(of("Tajik forces shelled Kyrgyz outposts along the border on Friday."), "ATTACKS"))
                .anyMatch(between("TJK", "KGZ"));
        assertThat(relations(of("Iran seized a British tanker in the Gulf of Oman."), "COERCES"))
                .anyMatch(between("IRN", "GBR"));
    }

    @Test
    void anOpeningItsIsThePossessiveOfTheSubjectOfTheSentenceBefore() {
        // Not the island named last inside the relative clause, but the capital that warned.
        Draft draft = of("Beijing, which claims the self-governed island of Taiwan as its own territory, had warned "
                + "Canada for weeks. On Friday its foreign ministry announced sanctions on Canada.");
        assertThat(relations(draft, "SANCTIONS")).anyMatch(between("chn-mfa", "CAN"))
                .noneMatch(between("twn-mfa", "CAN"));
        // The near miss: after a sentence that opens on no actor, "its" is the actor named last, as before.
        Draft after = of("The talks between Taiwan and Beijing collapsed. Its foreign ministry summoned Japan's envoy.");
        assertThat(relations(after, "SANCTIONS")).isEmpty();
    }

    @Test
    void goodsSpeechAndWhatAStateMakesAreNoActor() {
        // The near misses: gas, a language, a hyphenated "-made", a border, tourists.
        assertThat(relations(of("Germany sanctioned Russian gas imports and banned French wine."), "SANCTIONS"))
                .noneMatch(fact -> "RUS".equals(fact.field("to")) || "FRA".equals(fact.field("to")));
        assertThat(relations(of("Poland seized British-made missiles bound for Belarus."), "COERCES"))
                .noneMatch(fact -> "GBR".equals(fact.field("to")));
        assertThat(relations(of("Hungary restricted the French language in its schools."), "COERCES"))
                .noneMatch(fact -> "FRA".equals(fact.field("to")));
        assertThat(relations(of("Israel shelled the Lebanese border overnight."), "ATTACKS"))
                .noneMatch(fact -> "LBN".equals(fact.field("to")));
        assertThat(relations(of("Ghana arrested Russian tourists on Monday."), "COERCES"))
                .noneMatch(fact -> "RUS".equals(fact.field("to")));
    }

    @Test
    void theKingdomOrTheIslandIsTheStateOfThatKindNamedLast() {
        Draft draft = of("Amman recalled its envoy on Monday. Syria said the kingdom had violated its airspace, and "
                + "Lebanon condemned the kingdom.");
        DraftFact condemned = only(relations(draft, "CONDEMNS"));
        assertThat(condemned.fields()).containsEntry("from", "LBN").containsEntry("to", "JOR");
        assertThat(condemned.note()).contains("'the kingdom' read as JOR");
        assertThat(relations(of("Beijing claims Cuba, a rival of Mexico. Canada condemned the island on Monday."),
                "CONDEMNS")).anyMatch(between("CAN", "CUB"));
    }

    @Test
    void aDescriptionNoStateNamedFitsIsNoOne() {
        // The near misses: no kingdom named before; "the island of Crete" is a place, not Cyprus.
        assertThat(relations(of("Peru and Chile met in Lima on Monday. Bolivia condemned the kingdom."), "CONDEMNS"))
                .isEmpty();
        assertThat(relations(of("Cyprus and Greece met on Monday. Turkey condemned the island of Crete."),
                "CONDEMNS")).noneMatch(fact -> "CYP".equals(fact.field("to")));
    }

    @Test
    void anUnnamedOfficeHolderOfAStateSpeaksForTheState() {
        assertThat(relations(of("Peru's foreign minister condemned Chile on Monday."), "CONDEMNS"))
                .anyMatch(between("PER", "CHL"));
        assertThat(relations(of("The Bolivian president accused Chile of meddling in the election."), "ACCUSES"))
                .anyMatch(between("BOL", "CHL"));
        // Named, the office holder is a person, as before.
        assertThat(relations(of("Peru's foreign minister, Javier Soto, condemned Chile."), "CONDEMNS"))
                .anyMatch(between("soto", "CHL")).noneMatch(between("PER", "CHL"));
    }

    @Test
    void anUnnamedOfficialIsTheStateAndAnAnonymousSource() {
        DraftFact accused = only(relations(of("A senior Indian official accused Pakistan of violating the truce."),
                "ACCUSES"));
        assertThat(accused.fields()).containsEntry("from", "IND").containsEntry("to", "PAK");
        assertThat(accused.attribution()).isEqualTo("anonymous");
        // The near miss: an official of no state named is no one's act.
        assertThat(relations(of("A senior official accused Pakistan of violating the truce."), "ACCUSES"))
                .noneMatch(between("IND", "PAK"));
    }
}
