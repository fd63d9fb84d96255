package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.entente.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** what-if, explain and test, as a user runs them. */
class ScenarioCommandsTest {

    @TempDir
    Path dir;

    private Path scenario(String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void whatIfShowsTheDiffAndTheScenariosFindings() {
        CliRun run = CliRun.of("what-if", "scenarios/france-lifts-objection.yaml");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Scenario: France drops its objection to an office in Asia")
                .contains("Diff against the baseline: 0 added, 3 removed, 0 changed, 12 unchanged")
                .contains("REMOVED (3)").contains("out-of-area-objection:FRA:NATO:nato-asia-office")
                .contains("ALL FINDINGS OF THE SCENARIO");
    }

    @Test
    void whatIfAsJsonAddsTheScenarioAndTheDiffToTheAnalyseShape() throws IOException {
        CliRun run = CliRun.of("what-if", "scenarios/turkey-joins-france.yaml", "--format", "json");

        JsonNode result = Json.MAPPER.readTree(run.out());
        assertThat(result.fieldNames()).toIterable().containsExactly("scenario", "facts", "rules", "findings", "diff");
        assertThat(result.at("/scenario/name").asText()).isEqualTo("Turkey joins France in opposing the office");
        assertThat(result.at("/diff/added")).extracting(JsonNode::asText)
                .contains("out-of-area-objection:TUR:NATO:nato-asia-office");
        assertThat(result.at("/diff/changed")).extracting(change -> change.get("id").asText())
                .containsExactly("consensus-blocked:nato-asia-office");
        assertThat(result.at("/diff/changed/0/roles/0/role").asText()).isEqualTo("blockers");
        assertThat(result.at("/diff/changed/0/roles/0/before")).extracting(JsonNode::asText).containsExactly("FRA");
        assertThat(result.at("/diff/changed/0/roles/0/after")).extracting(JsonNode::asText)
                .containsExactly("FRA", "TUR");
        assertThat(result.at("/diff/changed/0/before").asText()).endsWith("which France withholds: France opposes it");
        assertThat(result.at("/diff/unchanged").asInt()).isEqualTo(14);
    }

    @Test
    void whatIfOnSeveralScenariosPrintsAJsonArray() throws IOException {
        CliRun run = CliRun.of("what-if", "scenarios/sweden-joins.yaml", "scenarios/china-ends-support.yaml",
                "--format", "json");

        assertThat(Json.MAPPER.readTree(run.out()).isArray()).isTrue();
        assertThat(Json.MAPPER.readTree(run.out())).hasSize(2);
    }

    @Test
    void aScenarioWithATypoFailsWithTheLineAndExitCodeTwo() throws IOException {
        Path typo = scenario("typo.yaml", "name: typo\nchanges:\n  - retract: pos-fra-asia-ofice\n");

        CliRun run = CliRun.of("what-if", typo.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().satisfies(line ->
                assertThat(line).contains("typo.yaml:3").contains("did you mean pos-fra-asia-office"));
    }

    @Test
    void explainWalksFromTheFindingThroughDerivedFactsToQuotes() {
        CliRun run = CliRun.of("explain", "out-of-area-objection:FRA:NATO:nato-asia-office");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("rule \"A member opposes an initiative of its own organisation outside the "
                        + "organisation's area\" (rules/area-of-responsibility.drl)")
                .contains("├── out-of-area:nato-asia-office  [OutOfArea]")
                .contains("nato-area  [AreaOfResponsibility]")
                .contains("\"But when plans emerged back in May to open NATO’s first office in Asia");
    }

    @Test
    void explainInAScenarioMarksItsAssumptionsHypothetical() throws IOException {
        CliRun run = CliRun.of("explain", "out-of-area-objection:TUR:NATO:nato-asia-office", "--scenario",
                "scenarios/turkey-joins-france.yaml", "--format", "json");

        JsonNode tree = Json.MAPPER.readTree(run.out());
        assertThat(run.exitCode()).isZero();
        assertThat(tree.get("node").asText()).isEqualTo("finding");
        assertThat(tree.get("because")).anySatisfy(child -> {
            assertThat(child.get("type").asText()).isEqualTo("Position");
            assertThat(child.at("/evidence/0/hypothetical").asText()).isEqualTo("Turkey joins France in opposing the office");
        });
    }

    @Test
    void explainingAnUnknownFindingIsABadInputWithSuggestions() {
        CliRun run = CliRun.of("explain", "out-of-area-objection:FRA:NATO:nato-asia-ofice");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such finding").contains("did you mean out-of-area-objection:FRA:NATO:nato-asia-office");
    }

    @Test
    void everyBaselineFindingIsExplainedDownToArticleQuotesOrReferences() throws IOException {
        JsonNode analysis = Json.MAPPER.readTree(CliRun.of("analyse", "--format", "json").out());

        for (JsonNode finding : analysis.get("findings")) {
            JsonNode tree = Json.MAPPER.readTree(CliRun.of("explain", finding.get("id").asText(), "--format", "json").out());
            List<JsonNode> leaves = new ArrayList<>();
            collectLeaves(tree, leaves);
            assertThat(leaves).as(finding.get("id").asText()).isNotEmpty().allSatisfy(leaf -> {
                assertThat(leaf.get("node").asText()).isEqualTo("fact");
                assertThat(leaf.get("evidence")).isNotEmpty();
            });
            assertThat(leaves).anySatisfy(leaf -> assertThat(leaf.at("/evidence/0/quote").isTextual()
                    || leaf.at("/evidence/1/quote").isTextual()).isTrue());
        }
    }

    private static void collectLeaves(JsonNode node, List<JsonNode> leaves) {
        JsonNode children = node.get("because");
        if (children == null || children.isEmpty()) {
            leaves.add(node);
        } else {
            children.forEach(child -> collectLeaves(child, leaves));
        }
    }

    @Test
    void testRunsEveryScenarioAndClosesWithTheCounts() {
        CliRun run = CliRun.of("test");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("PASS  France drops its objection to an office in Asia");
        assertThat(run.out().lines().reduce((first, second) -> second).orElseThrow()).matches("\\d+ passed, 0 failed");
    }

    @Test
    void aFailingExpectationFailsTheRunWithExitOneAndSaysWhy() throws IOException {
        Path wrong = scenario("wrong.yaml", """
                name: a wrong expectation
                changes:
                  - retract: rel-chn-supports-rus
                expect:
                  present: [{rule: support-for-aggressor, subjects: [CHN]}]
                """);
        scenario("no-expect.yaml", "name: just looking\nchanges: []\n");

        CliRun run = CliRun.of("test", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL  a wrong expectation")
                .contains("expected support-for-aggressor about [CHN] to be present, but it is not")
                .contains("SKIP  just looking").endsWith("0 passed, 1 failed, 1 skipped\n");
        assertThat(wrong).exists();
    }

    @Test
    void aScenarioThatCannotApplyIsAnErrorEvenWithoutExpect() throws Exception {
        scenario("unknown-id.yaml", "name: unknown id\nchanges:\n  - retract: nothing-like-this\n");
        scenario("lowercase.yaml", """
                name: lowercase stance
                changes:
                  - assert: {id: p1, type: Position, actor: FRA, initiative: nato-asia-office, stance: supports}
                """);
        scenario("fine.yaml", "name: just looking\nchanges: []\n");
        Path report = dir.resolve("scenarios.xml");

        CliRun run = CliRun.of("test", dir.toString(), "--junit-xml", report.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("ERROR unknown id").contains("ERROR lowercase stance")
                .contains("SKIP  just looking").endsWith("0 passed, 2 failed, 1 skipped\n");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        assertThat(xml.getDocumentElement().getAttribute("errors")).isEqualTo("2");
        assertThat(xml.getDocumentElement().getAttribute("skipped")).isEqualTo("1");
        assertThat(xml.getElementsByTagName("skipped").getLength()).isEqualTo(1);
    }

    @Test
    void testWritesAValidJUnitReport() throws Exception {
        scenario("broken.yaml", "name: broken\nchanges:\n  - retract: nothing-like-this\nexpect: {exact: true}\n");
        scenario("good.yaml", "name: good\nchanges: []\nexpect: {exact: true}\n");
        Path report = dir.resolve("reports").resolve("scenarios.xml");

        CliRun run = CliRun.of("test", dir.toString(), "--junit-xml", report.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        Element suite = xml.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("tests")).isEqualTo("2");
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
        assertThat(suite.getAttribute("failures")).isEqualTo("0");
        assertThat(xml.getElementsByTagName("error").item(0).getTextContent()).contains("nothing-like-this");
        try (var files = Files.list(report.getParent())) {
            assertThat(files).as("no temporary file left beside the report").hasSize(1);
        }
    }

    @Test
    void coverageListsEveryRuleAndFlagsTheUnexercised() throws IOException {
        scenario("one.yaml", """
                name: only France
                changes:
                  - retract: pos-fra-asia-office
                expect:
                  removed: [{rule: out-of-area-objection}]
                """);

        CliRun run = CliRun.of("test", dir.toString(), "--coverage");

        assertThat(run.out()).contains("Rule coverage").contains("GAP").contains("rule(s) not exercised.");
        assertThat(CliRun.of("test", "--coverage").out()).contains("Every rule is exercised.").doesNotContain("GAP");
    }
}
