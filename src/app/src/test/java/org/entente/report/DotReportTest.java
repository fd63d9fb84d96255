package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotReportTest {

    @TempDir
    Path dir;

    /** The DOT source outside its quoted strings, which must be well formed: closed, with only \" and \\ inside. */
    private static String outsideStrings(String dot) {
        StringBuilder outside = new StringBuilder();
        boolean quoted = false;
        for (int at = 0; at < dot.length(); at++) {
            char c = dot.charAt(at);
            if (quoted && c == '\\') {
                assertThat(dot.charAt(at + 1)).as("escape at %d", at).isIn('"', '\\', 'n');
                at++;
            } else if (c == '"') {
                quoted = !quoted;
                outside.append(quoted ? "\"" : "S\"");
            } else if (quoted) {
                assertThat(c).as("raw line end inside a string").isNotEqualTo('\n');
            } else {
                outside.append(c);
            }
        }
        assertThat(quoted).as("every string closed").isFalse();
        return outside.toString();
    }

    private static void assertWellFormed(String dot) {
        String structure = outsideStrings(dot);
        assertThat(structure).startsWith("graph entente {").endsWith("}\n");
        assertThat(structure.chars().filter(c -> c == '{').count())
                .isEqualTo(structure.chars().filter(c -> c == '}').count());
        assertThat(structure.chars().filter(c -> c == '[').count())
                .isEqualTo(structure.chars().filter(c -> c == ']').count());
    }

    @Test
    void everyFindingIsDrawnAsEdgesLabelledWithItsRefAndRule() {
        String dot = DotReport.render(Fixtures.BASELINE);

        assertWellFormed(dot);
        assertThat(dot).contains("\"FRA\" -- \"nato-asia-office\" [label=\"T4 out-of-area-objection\", tooltip=\"France, a member")
                .containsPattern("T4 out-of-area-objection\"[^\\]]*style=dashed, dir=forward")
                .contains("subgraph cluster_0 {\n    label=\"NATO and members\"")
                .contains("\"nato-asia-office\" [label=\"NATO's first office in\\nAsia\", shape=hexagon");
        for (Report.Entry entry : Fixtures.BASELINE.findings()) {
            assertThat(dot).contains("[label=\"" + entry.ref() + " " + entry.rule() + "\"");
        }
    }

    @Test
    void theScenarioDrawsAddedEdgesBoldAndRemovedOnesFaded() {
        String dot = DotReport.render(Fixtures.scenario("turkey-joins-france"));

        assertWellFormed(dot);
        assertThat(dot).contains("\"TUR\" -- \"nato-asia-office\" [label=\"+T1 out-of-area-objection\"")
                .containsPattern("\\+T1 out-of-area-objection\"[^\\]]*penwidth=4");
        String removed = DotReport.render(Fixtures.JAPAN_JOINS);
        assertThat(removed).containsPattern("\"JPN\" -- \"NATO\" \\[label=\"−A\\d partnership-deepening\"[^\\]]*"
                + "color=\"#2ca02c55\"");
    }

    @Test
    void hostileNamesStayInsideTheirStrings() {
        String dot = DotReport.render(Fixtures.hostileScenario(dir));

        assertWellFormed(dot);
        assertThat(dot).contains("Evil </script><script>alert(\\\"x\\\")</script>").contains("\\\\ %% -->");
    }

    @Test
    void graphvizRendersTheSeedTheScenarioAndTheHostileReport() throws Exception {
        assumeTrue(onPath("dot"), "Graphviz (dot) is not installed");
        for (Report report : List.of(Fixtures.BASELINE, Fixtures.JAPAN_JOINS, Fixtures.hostileScenario(dir))) {
            String svg = render(DotReport.render(report));
            assertThat(svg).contains("<svg").contains("</svg>");
            assertThat(svg.split("class=\"node\"", -1)).hasSize(report.graph().nodes().size() + 1);
            assertThat(svg.split("class=\"edge\"", -1).length - 1).isGreaterThanOrEqualTo(report.graph().edges().size());
        }
    }

    private String render(String dot) throws IOException, InterruptedException {
        Path source = Files.writeString(dir.resolve("report.dot"), dot);
        Path svg = dir.resolve("report.svg");
        Process process = new ProcessBuilder("dot", "-Tsvg", "-o", svg.toString(), source.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        // Layout warnings vary with the Graphviz version; syntax errors do not.
        assertThat(output).as("Graphviz output").doesNotContainIgnoringCase("error");
        return Files.readString(svg);
    }

    static boolean onPath(String program) {
        List<String> folders = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        return folders.stream().anyMatch(folder -> !folder.isEmpty() && Files.isExecutable(Path.of(folder, program)));
    }
}
