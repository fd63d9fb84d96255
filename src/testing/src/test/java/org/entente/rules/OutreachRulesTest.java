package org.entente.rules;

import static org.entente.testing.Facts.event;
import static org.entente.testing.Facts.initiative;
import static org.entente.testing.Facts.member;
import static org.entente.testing.Facts.organisation;
import static org.entente.testing.Facts.outreach;
import static org.entente.testing.Facts.participation;
import static org.entente.testing.Facts.partner;
import static org.entente.testing.Facts.position;
import static org.entente.testing.Facts.region;
import static org.entente.testing.Facts.relation;
import static org.entente.testing.Facts.state;
import static org.entente.testing.Facts.summit;
import static org.entente.testing.Facts.with;

import java.nio.file.Path;
import java.util.List;
import org.entente.domain.Decision;
import org.entente.domain.EventKind;
import org.entente.domain.Fact;
import org.entente.domain.Partnership;
import org.entente.domain.Stance;
import org.entente.engine.RuleCache;
import org.entente.testing.RuleVerifier;
import org.junit.jupiter.api.Test;

/** rules/outreach.drl */
class OutreachRulesTest {

    private static final RuleVerifier RULES = RuleVerifier.forRules(Path.of("rules"), RuleCache.defaultFolder());

    private static final Partnership JAPAN_PARTNERS_NATO = partner("JPN", "NATO");

    /**
     * NATO, whose members include France and the United States, reaches out to the Indo-Pacific, where its partner
     * Japan and China lie, and plans an office in Asia; it holds a summit in Vilnius.
     */
    private static List<Fact> alliance() {
        return List.of(organisation("NATO"), region("world"), region("euro-atlantic", "world"),
                region("europe", "euro-atlantic"), region("indo-pacific", "world"), region("asia", "indo-pacific"),
                region("east-asia", "asia"), state("JPN", "east-asia"), state("CHN", "east-asia"),
                state("FRA", "europe"), state("USA"), member("FRA", "NATO"), member("USA", "NATO"),
                JAPAN_PARTNERS_NATO, outreach("ip-outreach", "NATO", "indo-pacific"),
                initiative("office", "NATO", "asia", Decision.CONSENSUS), summit("vilnius", "NATO"));
    }


    private static List<Fact> without(List<Fact> base, Fact less) {
        List<Fact> all = new java.util.ArrayList<>(base);
        all.remove(less);
        return all;
    }

    @Test
    void aNonMemberObjectingToOutreachToPartnersIsAnOutreachObjection() {
        RULES.verifyThat("outreach-objection")
                .given(with(alliance(), relation("OBJECTS_TO", "CHN", "ip-outreach")))
                .producesExactly(List.of("CHN", "NATO", "ip-outreach"));
    }

    @Test
    void aMemberObjectingToTheOutreachIsNoOutreachObjection() {
        RULES.verifyThat("outreach-objection")
                .given(with(alliance(), relation("OBJECTS_TO", "FRA", "ip-outreach")))
                .producesNothing();
    }

    @Test
    void anOutreachWithoutAnyPartnerInItsRegionDrawsNoOutreachObjection() {
        RULES.verifyThat("outreach-objection")
                .given(with(without(alliance(), JAPAN_PARTNERS_NATO), state("FIN", "europe"), partner("FIN", "NATO"),
                        relation("OBJECTS_TO", "CHN", "ip-outreach")))
                .producesNothing();
    }

    @Test
    void anOutreachWhoseOnlyPartnerBecameAMemberDrawsNoOutreachObjection() {
        RULES.verifyThat("outreach-objection")
                .given(with(alliance(), member("JPN", "NATO"), relation("OBJECTS_TO", "CHN", "ip-outreach")))
                .producesNothing();
    }

    @Test
    void objectingToAnInitiativeRatherThanTheOutreachIsNoOutreachObjection() {
        RULES.verifyThat("outreach-objection")
                .given(with(alliance(), relation("OBJECTS_TO", "CHN", "office")))
                .producesNothing();
    }

    @Test
    void aNonMemberPartnerAtTheSummitSeekingCloserTiesDeepensThePartnership() {
        RULES.verifyThat("partnership-deepening")
                .given(with(alliance(), participation("JPN", "vilnius"),
                        relation("SEEKS_CLOSER_TIES", "JPN", "NATO")))
                .producesExactly(List.of("JPN", "NATO", "vilnius"));
    }

    @Test
    void closerTiesSoughtByTheOrganisationCountToo() {
        RULES.verifyThat("partnership-deepening")
                .given(with(alliance(), participation("JPN", "vilnius"),
                        relation("SEEKS_CLOSER_TIES", "NATO", "JPN")))
                .producesExactly(List.of("JPN", "NATO", "vilnius"));
    }

    @Test
    void anExerciseInsteadOfASummitDoesNotDeepenThePartnership() {
        RULES.verifyThat("partnership-deepening")
                .given(with(without(alliance(), summit("vilnius", "NATO")), event("drill", EventKind.EXERCISE, "NATO"),
                        participation("JPN", "drill"), relation("SEEKS_CLOSER_TIES", "JPN", "NATO")))
                .producesNothing();
    }

    @Test
    void aPartnerThatIsAlsoAMemberDoesNotDeepenThePartnership() {
        RULES.verifyThat("partnership-deepening")
                .given(with(alliance(), partner("FRA", "NATO"), participation("FRA", "vilnius"),
                        relation("SEEKS_CLOSER_TIES", "FRA", "NATO")))
                .producesNothing();
    }

    @Test
    void attendingTheSummitWithoutSeekingCloserTiesDoesNotDeepenThePartnership() {
        RULES.verifyThat("partnership-deepening")
                .given(with(alliance(), participation("JPN", "vilnius")))
                .producesNothing();
    }

    @Test
    void seekingCloserTiesWithAnotherOrganisationDoesNotDeepenThePartnership() {
        RULES.verifyThat("partnership-deepening")
                .given(with(alliance(), organisation("QUAD"), participation("JPN", "vilnius"),
                        relation("SEEKS_CLOSER_TIES", "JPN", "QUAD")))
                .producesNothing();
    }

    @Test
    void anotherOrganisationsSummitDoesNotDeepenThePartnership() {
        RULES.verifyThat("partnership-deepening")
                .given(with(alliance(), organisation("G7"), summit("hiroshima", "G7"), participation("JPN", "hiroshima"),
                        relation("SEEKS_CLOSER_TIES", "JPN", "NATO")))
                .producesNothing();
    }

    @Test
    void aMemberAndANamedRivalOpposingTheOrganisationInOverlappingRegionsConvergeTactically() {
        RULES.verifyThat("tactical-convergence")
                .given(with(alliance(), relation("NAMES_AS_CHALLENGE", "NATO", "CHN"),
                        position("FRA", "office", Stance.OPPOSES),
                        relation("OBJECTS_TO", "CHN", "ip-outreach")))
                .producesExactly(List.of("FRA", "CHN", "NATO"));
    }

    @Test
    void aMemberAndANamedRivalOpposingTheSameInitiativeConvergeTactically() {
        RULES.verifyThat("tactical-convergence")
                .given(with(alliance(), relation("NAMES_AS_CHALLENGE", "NATO", "CHN"),
                        position("FRA", "office", Stance.OPPOSES), relation("OBJECTS_TO", "CHN", "office")))
                .producesExactly(List.of("FRA", "CHN", "NATO"));
    }

    @Test
    void aRivalTheOrganisationDoesNotNameAsAChallengeDoesNotConverge() {
        RULES.verifyThat("tactical-convergence")
                .given(with(alliance(), position("FRA", "office", Stance.OPPOSES),
                        relation("OBJECTS_TO", "CHN", "ip-outreach")))
                .producesNothing();
    }

    @Test
    void aRivalNamedByAMemberStateRatherThanTheOrganisationDoesNotConverge() {
        RULES.verifyThat("tactical-convergence")
                .given(with(alliance(), relation("NAMES_AS_CHALLENGE", "USA", "CHN"),
                        position("FRA", "office", Stance.OPPOSES),
                        relation("OBJECTS_TO", "CHN", "ip-outreach")))
                .producesNothing();
    }

    @Test
    void aNonMemberOpposingAlongsideTheRivalDoesNotConverge() {
        RULES.verifyThat("tactical-convergence")
                .given(with(alliance(), relation("NAMES_AS_CHALLENGE", "NATO", "CHN"),
                        position("JPN", "office", Stance.OPPOSES),
                        relation("OBJECTS_TO", "CHN", "ip-outreach")))
                .producesNothing();
    }

    @Test
    void aRivalOpposingAnotherOrganisationsPlansDoesNotConverge() {
        RULES.verifyThat("tactical-convergence")
                .given(with(alliance(), organisation("QUAD"), initiative("quad-hq", "QUAD", "asia", Decision.CONSENSUS),
                        relation("NAMES_AS_CHALLENGE", "NATO", "CHN"),
                        position("FRA", "office", Stance.OPPOSES), relation("OBJECTS_TO", "CHN", "quad-hq")))
                .producesNothing();
    }

    @Test
    void oppositionInRegionsThatDoNotOverlapDoesNotConverge() {
        RULES.verifyThat("tactical-convergence")
                .given(with(alliance(), relation("NAMES_AS_CHALLENGE", "NATO", "CHN"),
                        initiative("europe-hq", "NATO", "europe", Decision.CONSENSUS),
                        position("FRA", "europe-hq", Stance.OPPOSES),
                        relation("OBJECTS_TO", "CHN", "ip-outreach")))
                .producesNothing();
    }

    @Test
    void aPartnerPressingForTiesDespiteAnObjectionToTheOutreachDefiesTheObjector() {
        RULES.verifyThat("ties-despite-objection")
                .given(with(alliance(), relation("OBJECTS_TO", "CHN", "ip-outreach"),
                        relation("SEEKS_CLOSER_TIES", "JPN", "NATO")))
                .producesExactly(List.of("JPN", "CHN", "NATO"));
    }

    @Test
    void onlyTheOrganisationSeekingThePartnerIsNoPursuitDespiteTheObjection() {
        RULES.verifyThat("ties-despite-objection")
                .given(with(alliance(), relation("OBJECTS_TO", "CHN", "ip-outreach"),
                        relation("SEEKS_CLOSER_TIES", "NATO", "JPN")))
                .producesNothing();
    }

    @Test
    void tiesPursuedWithoutAnyObjectionAreNoDefiance() {
        RULES.verifyThat("ties-despite-objection")
                .given(with(alliance(), relation("SEEKS_CLOSER_TIES", "JPN", "NATO")))
                .producesNothing();
    }

    @Test
    void aPartnersForcesInTheOrganisationsExerciseAreDefenceCooperation() {
        RULES.verifyThat("partner-defence-cooperation")
                .given(with(alliance(), event("drill", EventKind.EXERCISE, "NATO"), participation("JPN", "drill")))
                .producesExactly(List.of("JPN", "NATO"));
    }

    @Test
    void anAlignmentOfDefenceEquipmentIsDefenceCooperation() {
        RULES.verifyThat("partner-defence-cooperation")
                .given(with(alliance(), relation("DEFENCE_COOPERATION", "NATO", "JPN")))
                .producesExactly(List.of("JPN", "NATO"));
    }

    @Test
    void aMemberWorkingWithItsOwnOrganisationIsNoPartnerCooperation() {
        RULES.verifyThat("partner-defence-cooperation")
                .given(with(alliance(), relation("DEFENCE_COOPERATION", "NATO", "FRA")))
                .producesNothing();
    }

    @Test
    void aPartnerAtTheOrganisationsSummitIsNoDefenceCooperation() {
        RULES.verifyThat("partner-defence-cooperation")
                .given(with(alliance(), participation("JPN", "vilnius"), relation("SEEKS_CLOSER_TIES", "NATO", "JPN")))
                .producesNothing();
    }
}
