package org.entente.rules;

import static org.entente.testing.Facts.with;
import static org.entente.testing.Facts.area;
import static org.entente.testing.Facts.initiative;
import static org.entente.testing.Facts.member;
import static org.entente.testing.Facts.organisation;
import static org.entente.testing.Facts.position;
import static org.entente.testing.Facts.region;
import static org.entente.testing.Facts.relation;
import static org.entente.testing.Facts.state;
import static org.entente.testing.Facts.with;

import java.nio.file.Path;
import java.util.List;
import org.entente.domain.Decision;
import org.entente.domain.Fact;
import org.entente.domain.Membership;
import org.entente.domain.Position;
import org.entente.domain.Stance;
import org.entente.engine.RuleCache;
import org.entente.testing.RuleVerifier;
import org.junit.jupiter.api.Test;

/** rules/consensus.drl */
class ConsensusRulesTest {

    private static final RuleVerifier RULES = RuleVerifier.forRules(Path.of("rules"), RuleCache.defaultFolder());

    private static final Membership FRANCE_IN_NATO = member("FRA", "NATO");

    /** NATO decides on an office in Asia by consensus; France, Hungary and the United States are members, Japan is not. */
    private static List<Fact> alliance(Decision decidedBy) {
        return List.of(organisation("NATO"), state("FRA"), state("HUN"), state("USA"), state("JPN"), region("asia"),
                initiative("office", "NATO", "asia", decidedBy),
                FRANCE_IN_NATO, member("HUN", "NATO"), member("USA", "NATO"));
    }


    @Test
    void aMemberOpposingAConsensusInitiativeBlocksIt() {
        RULES.verifyThat("consensus-blocked")
                .given(with(alliance(Decision.CONSENSUS), position("FRA", "office", Stance.OPPOSES)))
                .producesExactly(List.of("office", "FRA"));
    }

    @Test
    void aMemberOpposingAMajorityInitiativeDoesNotBlockIt() {
        RULES.verifyThat("consensus-blocked")
                .given(with(alliance(Decision.MAJORITY), position("FRA", "office", Stance.OPPOSES)))
                .producesNothing();
    }

    @Test
    void aNonMemberCannotBlockAConsensusInitiative() {
        RULES.verifyThat("consensus-blocked")
                .given(with(alliance(Decision.CONSENSUS), position("JPN", "office", Stance.OPPOSES)))
                .producesNothing();
    }

    @Test
    void aMemberOfAnotherOrganisationCannotBlockIt() {
        RULES.verifyThat("consensus-blocked")
                .given(with(alliance(Decision.CONSENSUS), organisation("QUAD"), member("JPN", "QUAD"),
                        position("JPN", "office", Stance.OPPOSES)))
                .producesNothing();
    }

    @Test
    void aMemberSupportingAConsensusInitiativeDoesNotBlockIt() {
        RULES.verifyThat("consensus-blocked")
                .given(with(alliance(Decision.CONSENSUS), position("USA", "office", Stance.SUPPORTS)))
                .producesNothing();
    }

    @Test
    void twoOpposingMembersGiveOneFindingNamingBoth() {
        RULES.verifyThat("consensus-blocked")
                .given(with(alliance(Decision.CONSENSUS), position("FRA", "office", Stance.OPPOSES),
                        position("HUN", "office", Stance.OPPOSES), position("USA", "office", Stance.SUPPORTS),
                        position("JPN", "office", Stance.OPPOSES)))
                .producesCount(1)
                .producesExactly(List.of("office", "FRA", "HUN"));
    }

    @Test
    void eachBlockedInitiativeIsItsOwnFinding() {
        RULES.verifyThat("consensus-blocked")
                .given(with(alliance(Decision.CONSENSUS), initiative("pipeline", "NATO", "asia", Decision.CONSENSUS),
                        position("FRA", "office", Stance.OPPOSES), position("HUN", "pipeline", Stance.OPPOSES)))
                .producesCount(2)
                .producesExactly(List.of("office", "FRA"), List.of("pipeline", "HUN"));
    }

    @Test
    void withoutTheMembershipTheObjectionNoLongerBlocks() {
        List<Fact> blocked = with(alliance(Decision.CONSENSUS), position("FRA", "office", Stance.OPPOSES));
        RULES.verifyThat("consensus-blocked").given(blocked).produces("office", "FRA");

        List<Fact> withoutMembership = new java.util.ArrayList<>(blocked);
        withoutMembership.remove(FRANCE_IN_NATO);
        RULES.verifyThat("consensus-blocked").given(withoutMembership).producesNothing();
    }

    @Test
    void membersOnOppositeSidesOfAnInitiativeInTheirAreaAreDivided() {
        RULES.verifyThat("members-divided")
                .given(with(alliance(Decision.MAJORITY), area("NATO", "asia"),
                        position("FRA", "office", Stance.OPPOSES), position("USA", "office", Stance.SUPPORTS)))
                .producesExactly(List.of("NATO", "office", "FRA", "USA"));
    }

    @Test
    void membersAllOnOneSideAreNotDivided() {
        RULES.verifyThat("members-divided")
                .given(with(alliance(Decision.MAJORITY), area("NATO", "asia"),
                        position("FRA", "office", Stance.OPPOSES), position("HUN", "office", Stance.OPPOSES)))
                .producesNothing();
    }

    @Test
    void aNonMemberOnTheOtherSideDividesNoMembers() {
        RULES.verifyThat("members-divided")
                .given(with(alliance(Decision.MAJORITY), area("NATO", "asia"),
                        position("FRA", "office", Stance.OPPOSES), position("JPN", "office", Stance.SUPPORTS)))
                .producesNothing();
    }

    @Test
    void aMemberConsentingOnAConditionNotMetWithholdsConsent() {
        RULES.verifyThat("consensus-blocked")
                .given(with(alliance(Decision.CONSENSUS),
                        new Position("pos-hun", "HUN", "office", Stance.CONDITIONAL, "rel-sale", null)))
                .producesExactly(List.of("office", "HUN"));
    }

    @Test
    void aMemberWhoseConditionIsMetConsentsAndStrikesABargain() {
        List<Fact> facts = with(alliance(Decision.CONSENSUS),
                new Position("pos-hun", "HUN", "office", Stance.CONDITIONAL, "rel-sale", null),
                relation("rel-sale", "SELLS_ARMS_TO", "USA", "HUN"));

        RULES.verifyThat("consensus-blocked").given(facts).producesNothing();
        RULES.verifyThat("conditional-bargain").given(facts).producesExactly(List.of("HUN", "office", "USA"));
    }

    @Test
    void aConditionTheMemberMeetsItselfIsNoBargain() {
        RULES.verifyThat("conditional-bargain")
                .given(with(alliance(Decision.CONSENSUS),
                        new Position("pos-hun", "HUN", "office", Stance.CONDITIONAL, "rel-law", null),
                        relation("rel-law", "APPROVES", "HUN", "office")))
                .producesNothing();
    }

    @Test
    void aMemberThatDelaysWithholdsConsentAndTheSummarySaysHow() {
        RULES.verifyThat("consensus-blocked")
                .given(with(alliance(Decision.CONSENSUS), position("FRA", "office", Stance.OPPOSES),
                        position("HUN", "office", Stance.DELAYS)))
                .producesExactly(List.of("office", "FRA", "HUN"));
    }
}
