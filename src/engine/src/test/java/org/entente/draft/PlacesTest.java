package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.actors;
import static org.entente.draft.Drafts.of;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Places news names that no state is: seas, straits and peninsulas of the gazetteer, and the parts of a state an
 * article introduces by a name and a noun such as "province". Sentences written for these tests, each with a near miss.
 */
class PlacesTest {

    private static List<String> regions(Draft draft) {
        return draft.ofType("Region").stream().filter(fact -> !fact.evidence().isEmpty()).map(DraftFact::id).toList();
    }

    private static DraftFact region(Draft draft, String id) {
        return draft.ofType("Region").stream().filter(fact -> fact.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no region " + id + " among " + regions(draft)));
    }

    @Test
    void aSeaOrAPeninsulaTheGazetteerKnowsIsARegionQuotingItsSentence() {
        Draft draft = of("Egyptian patrol boats escorted tankers through the Gulf of Aden and the Red Sea.");
        assertThat(regions(draft)).contains("gulf-of-aden", "red-sea");
        assertThat(region(draft, "red-sea").evidence()).containsExactly(
                "Egyptian patrol boats escorted tankers through the Gulf of Aden and the Red Sea.");
        assertThat(region(of("Japan protested over missiles fired across the Korean Peninsula."), "korean-peninsula")
                .fields()).containsEntry("within", "east-asia");
        // The near miss: the words in lower case are no name.
        assertThat(regions(of("Supporters waved a red sea of flags in Cairo."))).isEmpty();
    }

    @Test
    void aNameBeforeAProvinceOrDistrictIsAPartOfTheStateThatOwnsIt() {
        Draft draft = of("Pakistani jets struck a camp in the Kalat district of Iran's Sistan province. Tehran said "
                + "Sistan was calm.");
        assertThat(region(draft, "kalat").fields()).containsEntry("within", "southern-asia");
        assertThat(region(draft, "sistan").fields()).containsEntry("within", "southern-asia");
        assertThat(region(draft, "sistan").note()).contains("part of a state");
        assertThat(region(of("Shelling hit the Kharkiv region of Ukraine."), "kharkiv").fields())
                .containsEntry("within", "eastern-europe");
    }

    @Test
    void aPartNamesNoGroupWhoseNameStartsWithItNorOneWithNoStateInItsSentence() {
        Draft draft = of("Ethiopia's Amhara region was tense. The Amhara Liberation Front (ALF) attacked a garrison.");
        assertThat(regions(draft)).contains("amhara");
        assertThat(actors(draft)).contains("ALF");
        // The near miss: with no state named in its sentence before it, a province is no one's.
        assertThat(regions(of("Macron left Beijing. The coast guard of Fujian province announced a patrol.")))
                .doesNotContain("fujian");
    }

    @Test
    void aNameAnActorHasIsNoPartOfAStateAndTheActorStaysAnActor() {
        // Pasted text runs a surname into a place ("the Scholz region"): the person keeps the id, and the pack loads.
        Draft draft = of("Scholz urged Poland to act in the Scholz region. German Chancellor Olaf Scholz will attend "
                + "a summit in Lithuania next week.");
        assertThat(regions(draft)).doesNotContain("scholz");
        assertThat(draft.ofType("Actor").stream().filter(fact -> fact.id().equals("scholz")).findFirst().orElseThrow()
                .fields()).containsEntry("represents", "DEU");
        // The near miss: a name no actor has is still the part of the state.
        assertThat(regions(of("Scholz urged Poland to act in the Podlaskie region."))).contains("podlaskie");
    }
}
