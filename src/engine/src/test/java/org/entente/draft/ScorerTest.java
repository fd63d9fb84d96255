package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.draft.Scorer.Item;
import org.junit.jupiter.api.Test;

/** The scorer's matching rules, on hand-made facts: what counts once, what matches loosely, what does not match. */
class ScorerTest {

    private static final Item KISHIDA = new Item("Actor", "kishida", Map.of("kind", "PERSON", "represents", "JPN"),
            true);
    private static final Item JAPAN = new Item("Actor", "JPN", Map.of("kind", "STATE"), true);
    private static final Item NATO = new Item("Actor", "NATO", Map.of("kind", "ORGANISATION"), true);

    private static Item agency(String id, String partOf, String sector, String name) {
        return new Item("Actor", id, Map.of("kind", "AGENCY", "partOf", partOf, "sector", sector, "name", name), true);
    }

    private static Item relation(String id, String kind, String from, String to) {
        return new Item("Relation", id, Map.of("kind", kind, "from", from, "to", to), true);
    }

    @Test
    void aPersonsActAndItsStatesAreOneFactOnceFolded() {
        Scorer.Score score = Scorer.compare(
                List.of(KISHIDA, JAPAN, NATO, relation("a", "SEEKS_CLOSER_TIES", "kishida", "NATO"),
                        relation("b", "SEEKS_CLOSER_TIES", "JPN", "NATO")),
                List.of(JAPAN, NATO, relation("c", "SEEKS_CLOSER_TIES", "JPN", "NATO")));
        assertThat(score.of("Relation")).isEqualTo(new Scorer.TypeScore("Relation", 1, 1, 1, 0));
        assertThat(score.onlyDrafted()).noneMatch(line -> line.startsWith("Relation"));
    }

    @Test
    void aMutualActMatchesEitherWayRoundAndCountsOnceDraftedBothWays() {
        Item korea = new Item("Actor", "KOR", Map.of("kind", "STATE"), true);
        Set<String> mutual = Set.of("MEETS");
        Scorer.Score score = Scorer.compare(List.of(KISHIDA, JAPAN, korea, relation("a", "MEETS", "kishida", "KOR"),
                        relation("b", "MEETS", "KOR", "kishida")),
                List.of(JAPAN, korea, relation("c", "MEETS", "KOR", "JPN")), mutual);
        assertThat(score.of("Relation")).isEqualTo(new Scorer.TypeScore("Relation", 1, 1, 1, 0));
        // The near miss: an attack has a direction, so the other way round is another act.
        Scorer.Score attack = Scorer.compare(List.of(JAPAN, korea, relation("a", "ATTACKS", "JPN", "KOR")),
                List.of(JAPAN, korea, relation("c", "ATTACKS", "KOR", "JPN")), mutual);
        assertThat(attack.of("Relation")).isEqualTo(new Scorer.TypeScore("Relation", 1, 1, 0, 0));
    }

    @Test
    void aMissedFactSaysWhichOfItsActorsTheDraftLacks() {
        Item china = new Item("Actor", "CHN", Map.of("kind", "STATE"), true);
        Item court = new Item("Actor", "ICJ", Map.of("kind", "ORGANISATION"), true);
        Scorer.Score score = Scorer.compare(List.of(JAPAN, china, KISHIDA),
                List.of(JAPAN, china, court, KISHIDA, relation("c", "APPEALS_TO", "JPN", "ICJ"),
                        relation("d", "ACCUSES", "kishida", "CHN")));
        assertThat(score.onlyCurated()).anyMatch(line -> line.startsWith("Relation c ")
                        && line.endsWith("} (not drafted: ICJ)"))
                // The near miss: a person the draft lacks whose state it has is no gap, since the scorer folds it.
                .anyMatch(line -> line.startsWith("Relation d ") && line.endsWith("}"));
        assertThat(score.table()).contains("Of the 2 curated relations the draft missed, 1 name only actors the "
                + "draft has (the patterns missed them) and 1 an actor it lacks.");
    }

    @Test
    void aPersonBothSidesNameInFullIsOnePersonWhateverItsId() {
        Item china = new Item("Actor", "CHN", Map.of("kind", "STATE"), true);
        Item drafted = new Item("Actor", "lula", Map.of("kind", "PERSON", "represents", "CHN",
                "name", "Luiz Inácio Lula da Silva"), true);
        Item curated = new Item("Actor", "da-silva", Map.of("kind", "PERSON", "represents", "CHN",
                "name", "Luiz Inacio  Lula da Silva"), true);
        Scorer.Score score = Scorer.compare(List.of(china, NATO, drafted, relation("a", "CONDEMNS", "lula", "NATO")),
                List.of(china, NATO, curated, relation("c", "CONDEMNS", "da-silva", "NATO")));
        assertThat(score.of("Actor")).isEqualTo(new Scorer.TypeScore("Actor", 3, 3, 3, 0));
        assertThat(score.byName()).containsExactly("lula = da-silva (Luiz Inácio Lula da Silva)");
        assertThat(score.table()).contains("Actors matched by name");

        // The near miss: a surname alone is not the full name, so the scorer does not guess.
        Item surname = new Item("Actor", "lula", Map.of("kind", "PERSON", "represents", "CHN", "name", "Lula"), true);
        Scorer.Score guessed = Scorer.compare(List.of(china, surname), List.of(china, curated));
        assertThat(guessed.of("Actor")).isEqualTo(new Scorer.TypeScore("Actor", 2, 2, 1, 0));
        assertThat(guessed.byName()).isEmpty();
    }

    @Test
    void theOrganisationForItsInitiativeMatchesOnlyLooselyAndIsListed() {
        Item aukus = new Item("Actor", "AUKUS", Map.of("kind", "ORGANISATION"), true);
        Item china = new Item("Actor", "CHN", Map.of("kind", "STATE"), true);
        Item boats = new Item("Initiative", "boats", Map.of("organisation", "AUKUS", "region", "indo-pacific"), true);
        Scorer.Score score = Scorer.compare(List.of(aukus, china, relation("a", "CONDEMNS", "CHN", "AUKUS")),
                List.of(aukus, china, boats, relation("c", "CONDEMNS", "CHN", "boats")));
        Scorer.TypeScore relations = score.of("Relation");
        assertThat(relations).isEqualTo(new Scorer.TypeScore("Relation", 1, 1, 0, 1));
        assertThat(relations.precision()).isZero();
        assertThat(relations.loosePrecision()).isEqualTo(1.0);
        assertThat(score.loose()).singleElement().asString().contains("CONDEMNS").contains("boats");
        assertThat(score.onlyCurated()).containsExactly(score.onlyCurated().get(0))
                .allSatisfy(line -> assertThat(line).startsWith("Initiative"));
    }

    @Test
    void anActorTheArticleIntroducedMatchesTheCuratedActorOfItsKindAndNameWhateverItsId() {
        Item drafted = new Item("Actor", "NCD", Map.of("kind", "NON_STATE_GROUP", "name",
                "the National Council for Democracy"), true);
        Item curated = new Item("Actor", "cnd", Map.of("kind", "NON_STATE_GROUP", "name",
                "National Council for Democracy"), true);
        Scorer.Score score = Scorer.compare(List.of(drafted, NATO, relation("a", "CONDEMNS", "NATO", "NCD")),
                List.of(curated, NATO, relation("c", "CONDEMNS", "NATO", "cnd")));
        assertThat(score.of("Actor")).isEqualTo(new Scorer.TypeScore("Actor", 2, 2, 2, 0));
        assertThat(score.of("Relation")).isEqualTo(new Scorer.TypeScore("Relation", 1, 1, 1, 0));
        // The near miss: the same name of another kind is another actor.
        Item agency = new Item("Actor", "cnd", Map.of("kind", "AGENCY", "name", "National Council for Democracy",
                "partOf", "NATO"), true);
        assertThat(Scorer.compare(List.of(drafted, NATO), List.of(agency, NATO)).of("Actor"))
                .isEqualTo(new Scorer.TypeScore("Actor", 2, 2, 1, 0));
    }

    @Test
    void anotherKindOrTargetIsNoMatchEvenLoosely() {
        Item china = new Item("Actor", "CHN", Map.of("kind", "STATE"), true);
        Scorer.Score score = Scorer.compare(List.of(china, NATO, relation("a", "SUPPORTS", "CHN", "NATO")),
                List.of(china, NATO, relation("c", "CONDEMNS", "CHN", "NATO")));
        assertThat(score.of("Relation")).isEqualTo(new Scorer.TypeScore("Relation", 1, 1, 0, 0));
        assertThat(score.loose()).isEmpty();
    }

    @Test
    void initiativesOfOneOrganisationInTwoRegionsAreTwo() {
        Item asia = new Item("Initiative", "office", Map.of("organisation", "NATO", "region", "asia"), true);
        Item world = new Item("Initiative", "ambit", Map.of("organisation", "NATO", "region", "world"), true);
        Scorer.Score score = Scorer.compare(List.of(NATO, asia, world), List.of(NATO, asia));
        assertThat(score.of("Initiative")).isEqualTo(new Scorer.TypeScore("Initiative", 2, 1, 1, 0));
    }

    @Test
    void backgroundIsCountedApart() {
        Item region = new Item("Region", "europe", Map.of(), false);
        Scorer.Score score = Scorer.compare(List.of(NATO, region), List.of(NATO, region));
        assertThat(score.of("Region").drafted()).isZero();
        assertThat(score.draftedBackground()).isEqualTo(1);
        assertThat(score.curatedBackground()).isEqualTo(1);
    }
    @Test
    void anAgencysPartIsItsStatesAndAnEventIsWhatWhereAndWhose() {
        Item airForce = new Item("Actor", "jasdf", Map.of("kind", "AGENCY", "partOf", "JPN"), true);
        Item drafted = new Item("Event", "summit", Map.of("kind", "SUMMIT", "location", "LTU", "organiser", "NATO"),
                true);
        Item curated = new Item("Event", "vilnius", Map.of("kind", "SUMMIT", "location", "LTU", "organiser", "NATO",
                "date", "2023-07-11"), true);
        Item elsewhere = new Item("Event", "madrid", Map.of("kind", "SUMMIT", "location", "ESP", "organiser", "NATO"),
                true);
        Scorer.Score score = Scorer.compare(
                List.of(JAPAN, NATO, drafted, elsewhere,
                        new Item("Participation", "p", Map.of("actor", "JPN", "event", "summit"), true)),
                List.of(JAPAN, NATO, airForce, curated,
                        new Item("Participation", "q", Map.of("actor", "jasdf", "event", "vilnius"), true)));
        assertThat(score.of("Event")).isEqualTo(new Scorer.TypeScore("Event", 2, 1, 1, 0));
        assertThat(score.of("Participation")).isEqualTo(new Scorer.TypeScore("Participation", 1, 1, 1, 0));
    }

    @Test
    void anIdSpelledInAnotherCaseOrWithOtherPunctuationIsTheSameActor() {
        Item iran = new Item("Actor", "IRN", Map.of("kind", "STATE", "name", "Iran"), true);
        Item guards = agency("REVOLUTIONARY-GUARDS", "IRN", "MILITARY", "the Islamic Revolutionary Guard Corps");
        Item curatedGuards = agency("revolutionary_guards", "IRN", "MILITARY", "Iran's Revolutionary Guards");
        Scorer.Score score = Scorer.compare(List.of(iran, NATO, guards,
                        relation("a", "CONDEMNS", "REVOLUTIONARY-GUARDS", "NATO")),
                List.of(iran, NATO, curatedGuards, relation("c", "CONDEMNS", "revolutionary_guards", "NATO")));
        assertThat(score.of("Actor")).isEqualTo(new Scorer.TypeScore("Actor", 3, 3, 3, 0));
        assertThat(score.byName()).containsExactly(
                "REVOLUTIONARY-GUARDS = revolutionary_guards (the Islamic Revolutionary Guard Corps)");

        // The near miss: an id with other letters is another actor, even of the same owner and sector.
        Item quds = agency("quds-force", "IRN", "MILITARY", "the Quds Force");
        assertThat(Scorer.compare(List.of(iran, guards), List.of(iran, quds)).of("Actor"))
                .isEqualTo(new Scorer.TypeScore("Actor", 2, 2, 1, 0));
    }

    @Test
    void anAgencyOfTheSameOwnerSectorAndNameIsOneWhateverItsIdAndHowItsOwnerIsNamed() {
        Item chile = new Item("Actor", "CHL", Map.of("kind", "STATE", "name", "Chile"), true);
        Item drafted = agency("chile-navy", "CHL", "MILITARY", "the Chilean navy");
        Item curated = agency("chl-navy", "CHL", "MILITARY", "Chile's Navy");
        Scorer.Score score = Scorer.compare(List.of(chile, drafted, relation("a", "THREATENS", "chile-navy", "NATO")),
                List.of(chile, curated, relation("c", "THREATENS", "chl-navy", "NATO")));
        assertThat(score.of("Actor")).isEqualTo(new Scorer.TypeScore("Actor", 2, 2, 2, 0));
        assertThat(score.byName()).containsExactly("chile-navy = chl-navy (the Chilean navy)");

        // The near misses: two agencies of one state and sector are two ("the Northern Command" is not "the
        // Southern Command"), and an agency of another sector or another owner is another agency.
        Item northern = agency("chl-northern-command", "CHL", "MILITARY", "Chile's Northern Command");
        Item southern = agency("southern-command", "CHL", "MILITARY", "the Southern Command");
        Item ministry = agency("chl-ministry", "CHL", "DIPLOMATIC", "Chile's navy");
        Item peru = agency("per-navy", "PER", "MILITARY", "Peru's navy");
        assertThat(Scorer.compare(List.of(chile, northern), List.of(chile, southern)).byName()).isEmpty();
        assertThat(Scorer.compare(List.of(chile, drafted), List.of(chile, ministry)).byName()).isEmpty();
        assertThat(Scorer.compare(List.of(chile, drafted), List.of(chile, peru)).byName()).isEmpty();
    }
}
