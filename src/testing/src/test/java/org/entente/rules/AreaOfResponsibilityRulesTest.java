package org.entente.rules;

import static org.entente.testing.Facts.area;
import static org.entente.testing.Facts.initiative;
import static org.entente.testing.Facts.member;
import static org.entente.testing.Facts.organisation;
import static org.entente.testing.Facts.position;
import static org.entente.testing.Facts.region;
import static org.entente.testing.Facts.state;
import static org.entente.testing.Facts.with;

import java.nio.file.Path;
import java.util.List;
import org.entente.domain.Decision;
import org.entente.domain.Fact;
import org.entente.domain.Stance;
import org.entente.engine.RuleCache;
import org.entente.testing.RuleVerifier;
import org.junit.jupiter.api.Test;

/** rules/area-of-responsibility.drl */
class AreaOfResponsibilityRulesTest {

    private static final RuleVerifier RULES = RuleVerifier.forRules(Path.of("rules"), RuleCache.defaultFolder());

    /** NATO, responsible for the Euro-Atlantic area, plans an office in Asia, which lies within the Indo-Pacific. */
    private static List<Fact> alliance() {
        return List.of(organisation("NATO"), state("FRA"), state("USA"), state("JPN"),
                region("world"), region("euro-atlantic", "world"), region("indo-pacific", "world"),
                region("asia", "indo-pacific"), area("NATO", "euro-atlantic"),
                initiative("office", "NATO", "asia", Decision.CONSENSUS),
                member("FRA", "NATO"), member("USA", "NATO"));
    }


    @Test
    void aMemberOpposingAnInitiativeOutsideTheAreaIsAnOutOfAreaObjection() {
        RULES.verifyThat("out-of-area-objection")
                .given(with(alliance(), position("FRA", "office", Stance.OPPOSES)))
                .producesExactly(List.of("FRA", "NATO", "office"));
    }

    @Test
    void aNonMemberOpposingItIsNot() {
        RULES.verifyThat("out-of-area-objection")
                .given(with(alliance(), position("JPN", "office", Stance.OPPOSES)))
                .producesNothing();
    }

    @Test
    void anInitiativeInsideTheAreaDrawsNoOutOfAreaObjection() {
        RULES.verifyThat("out-of-area-objection")
                .given(with(alliance(), region("baltic", "euro-atlantic"),
                        initiative("baltic-hq", "NATO", "baltic", Decision.CONSENSUS),
                        position("FRA", "baltic-hq", Stance.OPPOSES)))
                .producesNothing();
    }

    @Test
    void aMemberSupportingTheInitiativeIsNoOutOfAreaObjection() {
        RULES.verifyThat("out-of-area-objection")
                .given(with(alliance(), position("USA", "office", Stance.SUPPORTS)))
                .producesNothing();
    }

    @Test
    void anAreaThatCoversTheInitiativeWithdrawsTheObjection() {
        RULES.verifyThat("out-of-area-objection")
                .given(with(alliance(), position("FRA", "office", Stance.OPPOSES), area("NATO", "indo-pacific")))
                .producesNothing();
    }

    @Test
    void membersOnBothSidesOfAnOutOfAreaInitiativeAreDividedOnIt() {
        RULES.verifyThat("members-divided")
                .given(with(alliance(), position("FRA", "office", Stance.OPPOSES),
                        position("USA", "office", Stance.SUPPORTS)))
                .producesExactly(List.of("NATO", "office", "FRA", "USA"));
    }

    @Test
    void membersWhoOnlyOpposeAreNotDivided() {
        RULES.verifyThat("members-divided")
                .given(with(alliance(), position("FRA", "office", Stance.OPPOSES),
                        position("USA", "office", Stance.OPPOSES)))
                .producesNothing();
    }

    @Test
    void membersWhoOnlySupportAreNotDivided() {
        RULES.verifyThat("members-divided")
                .given(with(alliance(), position("FRA", "office", Stance.SUPPORTS),
                        position("USA", "office", Stance.SUPPORTS)))
                .producesNothing();
    }

    @Test
    void aNonMemberSupporterDoesNotDivideMembers() {
        RULES.verifyThat("members-divided")
                .given(with(alliance(), position("FRA", "office", Stance.OPPOSES),
                        position("JPN", "office", Stance.SUPPORTS)))
                .producesNothing();
    }

    @Test
    void aNonMemberOpponentDoesNotDivideMembers() {
        RULES.verifyThat("members-divided")
                .given(with(alliance(), position("JPN", "office", Stance.OPPOSES),
                        position("USA", "office", Stance.SUPPORTS)))
                .producesNothing();
    }

    @Test
    void aDivisionIsOneFindingNamingEveryMemberOnEachSideAndNoNonMember() {
        RULES.verifyThat("members-divided")
                .given(with(alliance(), state("DEU"), state("GBR"), member("DEU", "NATO"), member("GBR", "NATO"),
                        position("FRA", "office", Stance.OPPOSES), position("DEU", "office", Stance.OPPOSES),
                        position("USA", "office", Stance.SUPPORTS), position("GBR", "office", Stance.SUPPORTS),
                        position("JPN", "office", Stance.SUPPORTS)))
                .producesCount(1)
                .producesExactly(List.of("NATO", "office", "DEU", "FRA", "GBR", "USA"));
    }

    @Test
    void oneMemberOnBothSidesIsNotDivided() {
        RULES.verifyThat("members-divided")
                .given(with(alliance(), position("FRA", "office", Stance.OPPOSES),
                        position("FRA", "office", Stance.SUPPORTS)))
                .producesNothing();
    }

    @Test
    void aStateOpposingAnOrganisationsInitiativeWhereItLiesIsAHomeRegionObjection() {
        RULES.verifyThat("home-region-objection")
                .given(with(alliance(), state("JPN", "asia"), position("JPN", "office", Stance.OPPOSES)))
                .producesExactly(List.of("JPN", "NATO", "office"));
    }

    @Test
    void aStateOpposingAnInitiativeFarFromWhereItLiesIsNoHomeRegionObjection() {
        RULES.verifyThat("home-region-objection")
                .given(with(alliance(), state("JPN", "euro-atlantic"), position("JPN", "office", Stance.OPPOSES)))
                .producesNothing();
    }

    @Test
    void aMemberOpposingItsOwnOrganisationIsNoHostRegionsVoice() {
        RULES.verifyThat("home-region-objection")
                .given(with(alliance(), state("JPN", "asia"), member("JPN", "NATO"),
                        position("JPN", "office", Stance.OPPOSES)))
                .producesNothing();
    }
}
