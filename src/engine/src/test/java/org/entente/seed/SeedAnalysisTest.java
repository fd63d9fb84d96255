package org.entente.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entente.domain.Fact;
import org.entente.engine.Inference;
import org.entente.engine.Reporter;
import org.entente.engine.RuleBook;
import org.entente.engine.RuleCache;
import org.entente.pack.FactPack;
import org.entente.pack.PackLoader;
import org.entente.pack.RelationKinds;
import org.entente.result.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The whole seed pack through the whole rule set: the findings the article supports, and only those. */
class SeedAnalysisTest {

    private static final RuleBook RULES = RuleBook.load(Path.of("rules"), RuleCache.at(RuleCache.defaultFolder()));
    private static final FactPack SEED = PackLoader.load(RelationKinds.read(Path.of("rules")), List.of(Path.of("seeds", "vilnius-2023.yaml")));
    private static final List<Finding> BASELINE = analyse(SEED.facts());

    private static List<Finding> analyse(List<Fact> facts) {
        return new Reporter(SEED, Inference.run(RULES, facts)).findings();
    }

    private static boolean present(List<Finding> findings, String rule, String... subjects) {
        return findings.stream().anyMatch(finding -> finding.rule().equals(rule)
                && finding.subjects().containsAll(List.of(subjects)));
    }

    @ParameterizedTest(name = "{0} about {1}")
    @CsvSource(delimiter = '|', textBlock = """
            out-of-area-objection        | FRA NATO nato-asia-office
            consensus-blocked            | nato-asia-office FRA
            outreach-objection           | CHN NATO
            support-for-aggressor        | CHN RUS UKR
            condemned-partnership        | NATO CHN RUS
            partnership-deepening        | JPN NATO
            partnership-deepening        | KOR NATO
            partnership-deepening        | AUS NATO
            partnership-deepening        | NZL NATO
            containment-accusation       | CHN USA usa-indo-pacific-mechanisms
            ties-despite-objection       | JPN CHN NATO
            counter-alignment            | NATO RUS JPN
            tactical-convergence         | FRA CHN
            security-linkage             | JPN NATO
            """)
    void theBaselineHasTheFindingTheArticleSupports(String rule, String subjects) {
        assertThat(present(BASELINE, rule, subjects.split(" "))).as(rule + " " + subjects).isTrue();
    }

    @Test
    void aSingleFactRestatedOrAMemberEchoingItsOrganisationIsNoFinding() {
        // "China supports Russia" alone, and the United States repeating NATO's naming of China.
        assertThat(BASELINE).extracting(Finding::rule).doesNotContain("strategic-alignment", "shared-threat-perception");
    }

    @Test
    void noFindingRestsOnAReadingTheArticleDoesNotMake() {
        // "Some"/"others" debating NATO's focus name no ally and no decision; "places like eastern Europe" names no
        // buyer, so no NATO member is among South Korea's arms recipients.
        assertThat(BASELINE).noneMatch(finding -> finding.rule().equals("members-divided"))
                .noneMatch(finding -> finding.rule().equals("defence-industrial-alignment"))
                .noneMatch(finding -> finding.subjects().contains("nato-broader-focus"));
    }

    @Test
    void xiSupportingPutinIsReadAsChinaSupportingRussia() {
        assertThat(SEED.find("rel-chn-supports-rus").orElseThrow().fact())
                .hasFieldOrPropertyWithValue("source", "xi").hasFieldOrPropertyWithValue("target", "putin");
        assertThat(present(BASELINE, "support-for-aggressor", "CHN", "RUS", "UKR")).isTrue();
    }

    @Test
    void findingsOnAnAnonymousPossibleStatementGradeBelowFindingsOnWhatHappened() {
        Finding support = finding("support-for-aggressor:CHN:RUS:UKR");
        Finding korea = finding("partnership-deepening:KOR:NATO:vilnius-summit-2023");
        Finding linkage = finding("security-linkage:JPN:NATO");

        assertThat(support.confidence()).isEqualTo(0.8);
        assertThat(korea.confidence()).isEqualTo(0.25).isLessThan(support.confidence());
        assertThat(korea.weakest()).containsExactly("rel-nato-seeks-kor");
        assertThat(linkage.weakest()).containsExactly("claim-nato-interlinked");
        assertThat(finding("partnership-deepening:JPN:NATO:vilnius-summit-2023").confidence())
                .isGreaterThan(korea.confidence()).isLessThan(support.confidence());
    }

    private static Finding finding(String id) {
        return BASELINE.stream().filter(finding -> finding.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theStatedMemberCountAgreesWithTheMemberships() {
        assertThat(BASELINE).noneMatch(finding -> finding.rule().equals("stated-count-mismatch"));
    }

    @Test
    void partnershipDeepeningIsFoundOncePerPartner() {
        assertThat(BASELINE.stream().filter(finding -> finding.rule().equals("partnership-deepening"))
                .map(finding -> finding.subjects().get(0))).containsExactlyInAnyOrder("JPN", "KOR", "AUS", "NZL");
    }

    @Test
    void everyFindingIsExplainedDownToQuotesOrReferencesOfItsBaseFacts() {
        assertThat(BASELINE).allSatisfy(finding -> {
            assertThat(finding.because()).isNotEmpty().allSatisfy(id -> assertThat(SEED.find(id)).isPresent());
            assertThat(Stream.concat(finding.evidence().stream(), finding.support().stream())
                    .map(evidence -> evidence.fact()).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrderElementsOf(finding.because());
            assertThat(finding.evidence()).anySatisfy(evidence -> assertThat(evidence.quote()).isNotBlank());
        });
    }

    @Test
    void whereActorsAndRegionsLieIsSupportNotEvidence() {
        Finding objection = BASELINE.stream()
                .filter(finding -> finding.id().equals("outreach-objection:CHN:NATO:nato-indo-pacific-outreach"))
                .findFirst().orElseThrow();

        // Asia is placed by Macron's sentence; the region is scaffolding, so his words are no evidence here.
        assertThat(objection.evidence()).extracting(evidence -> evidence.quote())
                .noneMatch(quote -> quote != null && quote.contains("Macron"));
        assertThat(objection.support()).extracting(evidence -> evidence.fact()).contains("asia", "indo-pacific");
        assertThat(BASELINE).allSatisfy(finding -> assertThat(finding.evidence())
                .allSatisfy(evidence -> assertThat(evidence.reference()).isNull()));
    }

    @Test
    void retractingFrancesObjectionRemovesExactlyTheFindingsThatRestedOnIt() {
        List<Fact> withoutObjection = SEED.facts().stream()
                .filter(fact -> !fact.id().equals("pos-fra-asia-office")).toList();

        List<Finding> after = analyse(withoutObjection);

        Set<String> dependent = BASELINE.stream().filter(finding -> finding.because().contains("pos-fra-asia-office"))
                .map(Finding::id).collect(Collectors.toSet());
        Set<String> removed = ids(BASELINE);
        removed.removeAll(ids(after));
        assertThat(dependent).contains("out-of-area-objection:FRA:NATO:nato-asia-office",
                "consensus-blocked:nato-asia-office");
        // France's objection to the office is its only opposition in the article, so the convergence with China goes too.
        assertThat(removed).containsExactlyInAnyOrder("out-of-area-objection:FRA:NATO:nato-asia-office",
                "consensus-blocked:nato-asia-office", "tactical-convergence:FRA:CHN:NATO");
        assertThat(after).noneMatch(finding -> finding.rule().equals("tactical-convergence"));
    }

    @Test
    void retractingAMemberChangesOnlyTheMemberCount() {
        List<Fact> withoutIceland = SEED.facts().stream().filter(fact -> !fact.id().equals("member-isl")).toList();

        List<Finding> after = analyse(withoutIceland);

        Set<String> expected = ids(BASELINE);
        expected.add("stated-count-mismatch:NATO");
        assertThat(ids(after)).isEqualTo(expected);
    }

    private static Set<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::id).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
