package org.entente.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.scenario.SeedWhatIfs.error;
import static org.entente.scenario.SeedWhatIfs.run;

import org.entente.InputError;
import org.entente.result.Evidence;
import org.entente.result.Finding;
import org.junit.jupiter.api.Test;

/**
 * A scenario may bring an article and facts quoting it (a draft to run): they join the world with their sources, so
 * a finding resting on them is graded by how firmly the article holds them, not as an assumption, and their quotes
 * are checked against the article as a pack's are.
 */
class ScenarioArticleTest {

    private static final String TURKEY = """
            name: a report from Ankara
            article:
              text: |
                Turkish President Recep Tayyip Erdogan reportedly objected to the plan for a NATO office in Asia.
              facts:
                - id: pos-tur-asia-office
                  type: Position
                  actor: TUR
                  initiative: nato-asia-office
                  stance: OPPOSES
                  status: REPORTED
                  hedges: [reportedly]
                  drafted: {confidence: 0.6, pattern: objected to}
                  evidence: "Turkish President Recep Tayyip Erdogan reportedly objected to the plan for a NATO office in Asia."
            """;

    @Test
    void aFindingOnTheArticlesFactsIsGradedByTheirSourceNotAssumed() {
        Finding turkey = run(TURKEY).findings().stream()
                .filter(finding -> finding.id().equals("out-of-area-objection:TUR:NATO:nato-asia-office"))
                .findFirst().orElseThrow();

        Evidence position = turkey.evidence().stream().filter(evidence -> evidence.fact().equals("pos-tur-asia-office"))
                .findFirst().orElseThrow();
        assertThat(position.hypothetical()).isNull();
        assertThat(position.source()).isEqualTo("the article of what-if.yaml");
        assertThat(position.quote()).startsWith("Turkish President Recep Tayyip Erdogan reportedly objected");
        assertThat(position.status()).isEqualTo("REPORTED");
        assertThat(position.hedges()).containsExactly("reportedly");
        // The outlet's own report (C), reported (3), drafted at 0.6: 0.8 × 0.7 × 0.6.
        assertThat(position.grade()).isEqualTo("C3");
        assertThat(position.confidence()).isEqualTo(0.34);
        assertThat(turkey.confidence()).isLessThanOrEqualTo(0.34);
    }

    @Test
    void theSameFactAssertedIsAnAssumption() {
        Finding turkey = run("""
                name: Turkey objects
                changes:
                  - assert: {type: Position, id: pos-tur-asia-office, actor: TUR, initiative: nato-asia-office, stance: OPPOSES}
                """).findings().stream()
                .filter(finding -> finding.id().equals("out-of-area-objection:TUR:NATO:nato-asia-office"))
                .findFirst().orElseThrow();

        assertThat(turkey.evidence()).filteredOn(evidence -> evidence.fact().equals("pos-tur-asia-office"))
                .singleElement().satisfies(evidence -> assertThat(evidence.grade()).isEqualTo("assumed"));
    }

    @Test
    void aQuoteTheArticleDoesNotHoldIsRefusedAtItsLine() {
        InputError error = error(TURKEY.replace("evidence: \"Turkish President Recep Tayyip Erdogan reportedly",
                "evidence: \"Turkish President Recep Tayyip Erdogan firmly"));

        assertThat(error.where()).isEqualTo("what-if.yaml:14 field 'evidence'");
        assertThat(error.getMessage()).contains("quotes text that is not in the article of what-if.yaml");
    }

    @Test
    void aFactOfTheArticleMayNotTakeAnIdTheWorldHolds() {
        InputError error = error(TURKEY.replace("id: pos-tur-asia-office", "id: pos-fra-asia-office"));

        assertThat(error.where()).isEqualTo("what-if.yaml:6 field 'id'");
        assertThat(error.getMessage()).contains("'pos-fra-asia-office' already exists")
                .contains("seeds/vilnius-2023.yaml");
    }

    @Test
    void anArticleWithoutItsTextIsRefused() {
        InputError error = error("""
                name: no text
                article:
                  facts: []
                """);

        assertThat(error.where()).isEqualTo("what-if.yaml:2 field 'text'");
        assertThat(error.getMessage()).isEqualTo("the article's text is required");
    }

    @Test
    void aFactOfTheArticleMustCiteItOrAReference() {
        InputError error = error(TURKEY.replaceAll("(?m)^ +evidence: .*\\n", ""));

        assertThat(error.where()).isEqualTo("what-if.yaml:6");
        assertThat(error.getMessage()).contains("cites neither evidence (a quote of the article) nor a reference");
    }
}
