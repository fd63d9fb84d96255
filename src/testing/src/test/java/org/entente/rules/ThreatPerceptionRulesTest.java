package org.entente.rules;

import static org.entente.testing.Facts.with;
import static org.entente.testing.Facts.member;
import static org.entente.testing.Facts.linkage;
import static org.entente.testing.Facts.organisation;
import static org.entente.testing.Facts.region;
import static org.entente.testing.Facts.relation;
import static org.entente.testing.Facts.state;
import static org.entente.testing.Facts.with;

import java.nio.file.Path;
import java.util.List;
import org.entente.domain.Fact;
import org.entente.engine.RuleCache;
import org.entente.testing.RuleVerifier;
import org.junit.jupiter.api.Test;

/** rules/threat-perception.drl */
class ThreatPerceptionRulesTest {

    private static final RuleVerifier RULES = RuleVerifier.forRules(Path.of("rules"), RuleCache.defaultFolder());

    /** Europe lies in the Euro-Atlantic and Asia in the Indo-Pacific, both in the world, as does Africa. */
    private static List<Fact> world() {
        return List.of(organisation("NATO"), state("JPN"), state("USA"), state("CHN"), state("RUS"),
                region("world"), region("euro-atlantic", "world"), region("europe", "euro-atlantic"),
                region("indo-pacific", "world"), region("asia", "indo-pacific"), region("africa", "world"));
    }


    @Test
    void twoActorsNamingTheSameChallengeShareAThreatPerception() {
        RULES.verifyThat("shared-threat-perception")
                .given(with(world(), relation("NAMES_AS_CHALLENGE", "NATO", "CHN"),
                        relation("NAMES_AS_CHALLENGE", "JPN", "CHN")))
                .producesExactly(List.of("CHN", "JPN", "NATO"));
    }

    @Test
    void onlyOneActorNamingAChallengeIsNoSharedThreatPerception() {
        RULES.verifyThat("shared-threat-perception")
                .given(with(world(), relation("NAMES_AS_CHALLENGE", "NATO", "CHN")))
                .producesNothing();
    }

    @Test
    void oneActorNamingAChallengeTwiceIsNoSharedThreatPerception() {
        RULES.verifyThat("shared-threat-perception")
                .given(with(world(), relation("NAMES_AS_CHALLENGE", "NATO", "CHN"),
                        relation("NAMES_AS_CHALLENGE", "NATO", "CHN")))
                .producesNothing();
    }

    @Test
    void twoActorsNamingDifferentChallengesShareNoThreatPerception() {
        RULES.verifyThat("shared-threat-perception")
                .given(with(world(), relation("NAMES_AS_CHALLENGE", "NATO", "CHN"),
                        relation("NAMES_AS_CHALLENGE", "JPN", "RUS")))
                .producesNothing();
    }

    @Test
    void everyoneNamingTheSameChallengeIsListedInOneFinding() {
        RULES.verifyThat("shared-threat-perception")
                .given(with(world(), relation("NAMES_AS_CHALLENGE", "NATO", "CHN"),
                        relation("NAMES_AS_CHALLENGE", "JPN", "CHN"),
                        relation("NAMES_AS_CHALLENGE", "USA", "CHN")))
                .producesCount(1)
                .producesExactly(List.of("CHN", "JPN", "NATO", "USA"));
    }

    @Test
    void aChallengeThatIsNotAnActorIsNoSharedThreatPerception() {
        RULES.verifyThat("shared-threat-perception")
                .given(with(world(), relation("NAMES_AS_CHALLENGE", "NATO", "africa"),
                        relation("NAMES_AS_CHALLENGE", "JPN", "africa")))
                .producesNothing();
    }

    @Test
    void twoActorsLinkingTheSameTwoRegionsShareASecurityLinkage() {
        RULES.verifyThat("security-linkage")
                .given(with(world(), linkage("JPN", "indo-pacific", "europe"), linkage("NATO", "indo-pacific", "europe")))
                .producesCount(1)
                .producesExactly(List.of("JPN", "NATO"));
    }

    @Test
    void theLinkageMatchesWithTheRegionsInEitherOrder() {
        RULES.verifyThat("security-linkage")
                .given(with(world(), linkage("JPN", "indo-pacific", "europe"), linkage("NATO", "europe", "indo-pacific")))
                .producesCount(1)
                .producesExactly(List.of("JPN", "NATO"));
    }

    @Test
    void theLinkageMatchesThroughContainment() {
        RULES.verifyThat("security-linkage")
                .given(with(world(), linkage("JPN", "indo-pacific", "europe"), linkage("NATO", "asia", "europe")))
                .producesExactly(List.of("JPN", "NATO"));
    }

    @Test
    void theLinkageMatchesThroughContainmentWithTheRegionsReversed() {
        RULES.verifyThat("security-linkage")
                .given(with(world(), linkage("JPN", "indo-pacific", "europe"), linkage("NATO", "europe", "asia")))
                .producesExactly(List.of("JPN", "NATO"));
    }

    @Test
    void theLinkageMatchesWhicheverActorSortsFirst() {
        RULES.verifyThat("security-linkage")
                .given(with(world(), linkage("NATO", "indo-pacific", "europe"), linkage("JPN", "asia", "europe")))
                .producesExactly(List.of("JPN", "NATO"));
    }

    @Test
    void claimsSharingOnlyOneRegionAreNoSecurityLinkage() {
        RULES.verifyThat("security-linkage")
                .given(with(world(), linkage("JPN", "indo-pacific", "europe"), linkage("NATO", "africa", "europe")))
                .producesNothing();
    }

    @Test
    void claimsAboutSiblingRegionsAreNoSecurityLinkage() {
        RULES.verifyThat("security-linkage")
                .given(with(world(), linkage("JPN", "asia", "europe"), linkage("NATO", "indo-pacific", "africa")))
                .producesNothing();
    }

    @Test
    void oneActorRepeatingItsClaimIsNoSecurityLinkage() {
        RULES.verifyThat("security-linkage")
                .given(with(world(), linkage("JPN", "indo-pacific", "europe"), linkage("JPN", "asia", "europe")))
                .producesNothing();
    }

    @Test
    void aMemberEchoingItsOrganisationsNamingIsOnePerceptionNotTwo() {
        RULES.verifyThat("shared-threat-perception")
                .given(with(world(), member("USA", "NATO"), relation("NAMES_AS_CHALLENGE", "NATO", "CHN"),
                        relation("NAMES_AS_CHALLENGE", "USA", "CHN")))
                .producesNothing();
    }

    @Test
    void aMemberNamingAChallengeItsOrganisationDoesNotNameSpeaksForItself() {
        RULES.verifyThat("shared-threat-perception")
                .given(with(world(), member("USA", "NATO"), relation("NAMES_AS_CHALLENGE", "NATO", "RUS"),
                        relation("NAMES_AS_CHALLENGE", "USA", "CHN"), relation("NAMES_AS_CHALLENGE", "JPN", "CHN")))
                .producesExactly(List.of("CHN", "JPN", "USA"));
    }
}
