package org.entente.rules;

import static org.entente.testing.Facts.member;
import static org.entente.testing.Facts.organisation;
import static org.entente.testing.Facts.region;
import static org.entente.testing.Facts.relation;
import static org.entente.testing.Facts.state;
import static org.entente.testing.Facts.with;

import java.nio.file.Path;
import java.util.List;
import org.entente.domain.Fact;
import org.entente.domain.Membership;
import org.entente.engine.RuleCache;
import org.entente.testing.RuleVerifier;
import org.junit.jupiter.api.Test;

/** rules/defence-industry.drl */
class DefenceIndustryRulesTest {

    private static final RuleVerifier RULES = RuleVerifier.forRules(Path.of("rules"), RuleCache.defaultFolder());

    private static final Membership POLAND_IN_NATO = member("POL", "NATO");

    /**
     * Poland and Romania (NATO members) and Ukraine (not a member) lie in eastern Europe, in Europe; South Korea lies
     * in east Asia; the United States is a member elsewhere.
     */
    private static List<Fact> market() {
        return List.of(organisation("NATO"), region("world"), region("europe", "world"),
                region("eastern-europe", "europe"), region("east-asia", "world"),
                state("POL", "eastern-europe"), state("ROU", "eastern-europe"), state("UKR", "eastern-europe"),
                state("KOR", "east-asia"), state("USA"), POLAND_IN_NATO, member("ROU", "NATO"), member("USA", "NATO"));
    }


    @Test
    void armsExportedToAStateReachThatState() {
        RULES.verifyDerivations()
                .given(with(market(), relation("k2", "EXPORTS_ARMS_TO", "KOR", "POL")))
                .derives("arms-recipient:k2:POL");
    }

    @Test
    void armsExportedToAnOrganisationReachNoStateDirectly() {
        RULES.verifyDerivations()
                .given(with(market(), relation("k2", "EXPORTS_ARMS_TO", "KOR", "NATO")))
                .doesNotDerive("arms-recipient:k2:NATO")
                .doesNotDerive("arms-recipient:k2:POL");
    }

    @Test
    void armsExportedToARegionReachTheStatesInsideIt() {
        RULES.verifyDerivations()
                .given(with(market(), relation("k9", "EXPORTS_ARMS_TO", "KOR", "europe")))
                .derives("arms-recipient:k9:POL")
                .derives("arms-recipient:k9:ROU")
                .derives("arms-recipient:k9:UKR");
    }

    @Test
    void armsExportedToARegionDoNotReachStatesOutsideIt() {
        RULES.verifyDerivations()
                .given(with(market(), relation("k9", "EXPORTS_ARMS_TO", "KOR", "eastern-europe")))
                .derives("arms-recipient:k9:POL")
                .doesNotDerive("arms-recipient:k9:KOR")
                .doesNotDerive("arms-recipient:k9:USA");
    }

    @Test
    void approvedExportsToMembersAreADefenceIndustrialAlignmentListingOnlyTheMembers() {
        RULES.verifyThat("defence-industrial-alignment")
                .given(with(market(), relation("k9", "EXPORTS_ARMS_TO", "KOR", "eastern-europe"),
                        relation("APPROVES", "USA", "k9")))
                .producesCount(1)
                .producesExactly(List.of("KOR", "USA", "NATO", "POL", "ROU"));
    }

    @Test
    void anApprovedExportToANonMemberIsNoDefenceIndustrialAlignment() {
        RULES.verifyThat("defence-industrial-alignment")
                .given(with(market(), relation("k9", "EXPORTS_ARMS_TO", "KOR", "UKR"),
                        relation("APPROVES", "USA", "k9")))
                .producesNothing();
    }

    @Test
    void anExportToAMemberWithoutApprovalIsNoDefenceIndustrialAlignment() {
        RULES.verifyThat("defence-industrial-alignment")
                .given(with(market(), relation("k9", "EXPORTS_ARMS_TO", "KOR", "POL")))
                .producesNothing();
    }

    @Test
    void approvingAnotherRelationIsNoApprovalOfTheExport() {
        RULES.verifyThat("defence-industrial-alignment")
                .given(with(market(), relation("k9", "EXPORTS_ARMS_TO", "KOR", "POL"),
                        relation("ties", "SEEKS_CLOSER_TIES", "KOR", "NATO"),
                        relation("APPROVES", "USA", "ties")))
                .producesNothing();
    }

    @Test
    void anExporterApprovingItsOwnExportIsNoDefenceIndustrialAlignment() {
        RULES.verifyThat("defence-industrial-alignment")
                .given(with(market(), relation("k9", "EXPORTS_ARMS_TO", "KOR", "POL"),
                        relation("APPROVES", "KOR", "k9")))
                .producesNothing();
    }

    @Test
    void withoutThePolishMembershipAnExportToPolandIsNoLongerAnAlignment() {
        List<Fact> approved = with(market(), relation("k9", "EXPORTS_ARMS_TO", "KOR", "POL"),
                relation("APPROVES", "USA", "k9"));
        RULES.verifyThat("defence-industrial-alignment").given(approved)
                .producesExactly(List.of("KOR", "USA", "NATO", "POL"));

        List<Fact> withoutMembership = new java.util.ArrayList<>(approved);
        withoutMembership.remove(POLAND_IN_NATO);
        RULES.verifyThat("defence-industrial-alignment").given(withoutMembership).producesNothing();
    }
}
