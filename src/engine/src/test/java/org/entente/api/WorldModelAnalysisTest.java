package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.result.Finding;
import org.entente.result.TimelineStep;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Graded findings and time, through the API: a finding is no stronger than its weakest fact, and holds when they do. */
class WorldModelAnalysisTest {

    @TempDir
    static Path dir;

    private static Analyser analyser;

    @BeforeAll
    static void load() throws IOException {
        Files.writeString(dir.resolve("article.txt"), "Russia invaded Ukraine. China backs Russia. "
                + "Iran may be arming Russia, said an official who asked not to be named.");
        Files.writeString(dir.resolve("war.yaml"), """
                article: article.txt
                published: 2023-07-07
                references: {iso: {title: ISO 3166-1, url: https://www.iso.org/iso-3166-country-codes.html}}
                facts:
                  - {id: RUS, type: Actor, name: Russia, kind: STATE, reference: iso}
                  - {id: UKR, type: Actor, name: Ukraine, kind: STATE, reference: iso}
                  - {id: CHN, type: Actor, name: China, kind: STATE, reference: iso}
                  - {id: IRN, type: Actor, name: Iran, kind: STATE, reference: iso}
                  - {id: invasion, type: Relation, kind: INVADED, from: RUS, to: UKR, status: OCCURRED,
                     validFrom: 2022-02-24, evidence: "Russia invaded Ukraine.", reference: iso}
                  - {id: china-backs, type: Relation, kind: SUPPORTS, from: CHN, to: RUS, status: ONGOING,
                     evidence: "China backs Russia."}
                  - {id: iran-arms, type: Relation, kind: SUPPORTS, from: IRN, to: RUS, status: POSSIBLE,
                     attribution: anonymous, hedges: [may], evidence: "Iran may be arming Russia"}
                """);
        analyser = Analyser.load(Path.of("rules"), List.of(dir.resolve("war.yaml")));
    }

    private static Finding finding(List<Finding> findings, String id) {
        return findings.stream().filter(finding -> finding.id().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError("no " + id + " among " + findings.stream().map(Finding::id).toList()));
    }

    @Test
    void aFindingRestingOnAnAnonymousPossibleFactGradesBelowOneRestingOnFirmFacts() {
        List<Finding> findings = analyser.analyse().findings();
        Finding china = finding(findings, "support-for-aggressor:CHN:RUS:UKR");
        Finding iran = finding(findings, "support-for-aggressor:IRN:RUS:UKR");

        assertThat(china.confidence()).isEqualTo(0.8);
        assertThat(china.weakest()).containsExactly("china-backs");
        assertThat(iran.confidence()).isEqualTo(0.25).isLessThan(china.confidence());
        assertThat(iran.weakest()).containsExactly("iran-arms");
        assertThat(iran.weakestGraded()).containsExactly("iran-arms E4");
        assertThat(iran.evidence()).anySatisfy(evidence -> {
            assertThat(evidence.fact()).isEqualTo("iran-arms");
            assertThat(evidence.attribution()).isEqualTo("anonymous");
            assertThat(evidence.status()).isEqualTo("POSSIBLE");
        });
    }

    @Test
    void asOfEitherSideOfAValidFromDecidesWhetherTheFindingHolds() {
        assertThat(analyser.asOf()).isEqualTo(LocalDate.of(2023, 7, 7));
        assertThat(analyser.asOf(LocalDate.of(2022, 2, 23)).analyse().findings())
                .noneMatch(finding -> finding.rule().equals("support-for-aggressor"));
        assertThat(analyser.asOf(LocalDate.of(2022, 2, 24)).analyse().findings())
                .anyMatch(finding -> finding.id().equals("support-for-aggressor:CHN:RUS:UKR"));
    }

    @Test
    void theTimelineListsWhatAppearsOnEachBoundary() {
        List<TimelineStep> steps = analyser.timeline();

        assertThat(steps).extracting(TimelineStep::day)
                .containsExactly(LocalDate.of(2022, 2, 23), LocalDate.of(2022, 2, 24));
        assertThat(steps.get(0).appeared()).isEmpty();
        assertThat(steps.get(1).appeared())
                .contains("support-for-aggressor:CHN:RUS:UKR", "support-for-aggressor:IRN:RUS:UKR");
        assertThat(steps.get(1).vanished()).isEmpty();
    }
}
