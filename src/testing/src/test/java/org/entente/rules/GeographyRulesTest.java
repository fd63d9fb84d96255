package org.entente.rules;

import static org.entente.testing.Facts.area;
import static org.entente.testing.Facts.initiative;
import static org.entente.testing.Facts.organisation;
import static org.entente.testing.Facts.region;
import static org.entente.testing.Facts.state;
import static org.entente.testing.Facts.with;

import java.nio.file.Path;
import java.util.List;
import org.entente.domain.Decision;
import org.entente.domain.Fact;
import org.entente.engine.RuleCache;
import org.entente.testing.RuleVerifier;
import org.junit.jupiter.api.Test;

/** rules/geography.drl */
class GeographyRulesTest {

    private static final RuleVerifier RULES = RuleVerifier.forRules(Path.of("rules"), RuleCache.defaultFolder());

    /** Four levels: east Asia lies in Asia, in the Indo-Pacific, in the world; the Euro-Atlantic is a sibling theatre. */
    private static List<Fact> regions() {
        return List.of(region("world"), region("euro-atlantic", "world"), region("europe", "euro-atlantic"),
                region("indo-pacific", "world"), region("asia", "indo-pacific"), region("east-asia", "asia"));
    }

    /** NATO, responsible for the Euro-Atlantic area, plans an office in Asia. */
    private static List<Fact> alliance() {
        return with(regions(), organisation("NATO"), area("NATO", "euro-atlantic"),
                initiative("office", "NATO", "asia", Decision.CONSENSUS));
    }


    @Test
    void everyRegionLiesWithinItself() {
        RULES.verifyDerivations()
                .given(region("asia"))
                .derives("within:asia:asia");
    }

    @Test
    void onlyRegionsLieWithinThemselves() {
        RULES.verifyDerivations()
                .given(region("asia"), state("JPN", "asia"))
                .derives("within:asia:asia")
                .doesNotDerive("within:JPN:JPN")
                .doesNotDerive("within:JPN:asia");
    }

    @Test
    void aRegionLiesWithinItsParentButNotTheOtherWayRound() {
        RULES.verifyDerivations()
                .given(region("world"), region("indo-pacific", "world"))
                .derives("within:indo-pacific:world")
                .doesNotDerive("within:world:indo-pacific");
    }

    @Test
    void containmentIsTransitiveThreeLevelsDeep() {
        RULES.verifyDerivations()
                .given(regions())
                .derives("within:east-asia:asia")
                .derives("within:east-asia:indo-pacific")
                .derives("within:east-asia:world")
                .derives("within:asia:world");
    }

    @Test
    void containmentIsTransitiveToAnyDepth() {
        List<Fact> chain = new java.util.ArrayList<>(List.of(region("r0")));
        for (int level = 1; level <= 9; level++) {
            chain.add(region("r" + level, "r" + (level - 1)));
        }
        RULES.verifyDerivations()
                .given(chain)
                .derives("within:r9:r0")
                .derives("within:r9:r4")
                .doesNotDerive("within:r0:r9");
    }

    @Test
    void aRegionWithinSeveralRegionsLiesWithinEachAndWhatContainsThem() {
        RULES.verifyDerivations()
                .given(region("world"), region("europe", "world"), region("treaty-area"),
                        region("eastern-turkey", "europe", "treaty-area"))
                .derives("within:eastern-turkey:europe")
                .derives("within:eastern-turkey:treaty-area")
                .derives("within:eastern-turkey:world")
                .doesNotDerive("within:europe:treaty-area");
    }

    @Test
    void aRegionDoesNotLieWithinASiblingTheatre() {
        RULES.verifyDerivations()
                .given(regions())
                .doesNotDerive("within:east-asia:euro-atlantic")
                .doesNotDerive("within:asia:europe")
                .doesNotDerive("within:europe:indo-pacific");
    }

    @Test
    void withoutTheMiddleRegionTheChainBreaks() {
        RULES.verifyDerivations()
                .given(region("world"), region("asia", "indo-pacific"), region("east-asia", "asia"))
                .derives("within:east-asia:asia")
                .doesNotDerive("within:east-asia:world")
                .doesNotDerive("within:asia:world");
    }

    @Test
    void nestedRegionsOverlapInEitherOrderAtAnyDepth() {
        RULES.verifyDerivations()
                .given(regions())
                .derives("overlap:asia:indo-pacific")
                .derives("overlap:indo-pacific:asia")
                .derives("overlap:east-asia:world")
                .derives("overlap:world:east-asia")
                .derives("overlap:asia:asia");
    }

    @Test
    void siblingRegionsDoNotOverlap() {
        RULES.verifyDerivations()
                .given(regions())
                .doesNotDerive("overlap:euro-atlantic:indo-pacific")
                .doesNotDerive("overlap:asia:europe")
                .doesNotDerive("overlap:europe:east-asia");
    }

    @Test
    void anInitiativeOutsideTheOrganisationsAreaLiesOutOfArea() {
        RULES.verifyDerivations()
                .given(alliance())
                .derives("out-of-area:office");
    }

    @Test
    void anInitiativeInARegionInsideTheAreaDoesNotLieOutOfArea() {
        RULES.verifyDerivations()
                .given(with(alliance(), initiative("europe-hq", "NATO", "europe", Decision.CONSENSUS)))
                .derives("out-of-area:office")
                .doesNotDerive("out-of-area:europe-hq");
    }

    @Test
    void anInitiativeInTheAreasOwnRegionDoesNotLieOutOfArea() {
        RULES.verifyDerivations()
                .given(with(alliance(), initiative("atlantic-hq", "NATO", "euro-atlantic", Decision.CONSENSUS)))
                .doesNotDerive("out-of-area:atlantic-hq");
    }

    @Test
    void anInitiativeThreeLevelsInsideTheAreaDoesNotLieOutOfArea() {
        RULES.verifyDerivations()
                .given(with(alliance(), region("northern-europe", "europe"), region("lithuania", "northern-europe"),
                        initiative("vilnius-hq", "NATO", "lithuania", Decision.CONSENSUS)))
                .doesNotDerive("out-of-area:vilnius-hq");
    }

    @Test
    void aSecondAreaThatCoversTheRegionRemovesOutOfArea() {
        RULES.verifyDerivations()
                .given(with(alliance(), area("NATO", "indo-pacific")))
                .doesNotDerive("out-of-area:office");
    }

    @Test
    void aSecondAreaElsewhereLeavesTheInitiativeOutOfArea() {
        RULES.verifyDerivations()
                .given(with(alliance(), region("africa", "world"), area("NATO", "africa")))
                .derives("out-of-area:office");
    }

    @Test
    void anotherOrganisationsAreaDoesNotBringTheInitiativeIntoArea() {
        RULES.verifyDerivations()
                .given(with(alliance(), organisation("QUAD"), area("QUAD", "indo-pacific")))
                .derives("out-of-area:office");
    }

    @Test
    void anOrganisationWithoutAnyAreaHasNoOutOfAreaInitiatives() {
        RULES.verifyDerivations()
                .given(with(regions(), organisation("NATO"), initiative("office", "NATO", "asia", Decision.CONSENSUS)))
                .doesNotDerive("out-of-area:office");
    }
}
