package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportTest {

    private static final Pattern BLOCK = Pattern.compile("```mermaid\n(.*?)```\n", Pattern.DOTALL);
    private static final String LABEL = "\"[^\"]*\"";
    /** Every line a chart may hold: anything else means a label leaked out of its quotes. */
    private static final List<Pattern> LINES = Stream.of(
            "flowchart LR",
            "  subgraph g\\d+\\[" + LABEL + "]",
            "  end",
            "  style g\\d+ fill:#[0-9a-f]{6},stroke:#[0-9a-f]{6}",
            " {2,4}n\\d+(\\(\\[" + LABEL + "]\\)|\\[/" + LABEL + "/]|\\{\\{" + LABEL + "}}|\\(\\(" + LABEL + "\\)\\)|\\["
                    + LABEL + "])",
            "  n\\d+ (---|-\\.->)\\|" + LABEL + "\\| n\\d+",
            "  linkStyle \\d+(,\\d+)* [-a-z]+:[^ ;]+(,[-a-z]+:[^,;]+)*",
            "  classDef \\w+ [-a-z]+:[^ ]+",
            "  class n\\d+ \\w+",
            "  style n\\d+ stroke:#[0-9a-f]{6},stroke-width:4px").map(Pattern::compile).toList();

    @TempDir
    Path dir;

    private static String chart(String markdown) {
        Matcher block = BLOCK.matcher(markdown);
        assertThat(block.find()).as("a mermaid block").isTrue();
        String chart = block.group(1);
        assertThat(block.find()).as("only one mermaid block").isFalse();
        return chart;
    }

    private static void assertWellFormed(String chart, Report report) {
        assertThat(chart.lines()).allSatisfy(line -> assertThat(LINES).as(line)
                .anySatisfy(pattern -> assertThat(pattern.matcher(line).matches()).isTrue()));
        assertThat(chart.lines().filter(line -> line.startsWith("  subgraph")).count())
                .isEqualTo(chart.lines().filter(line -> line.equals("  end")).count());
        assertThat(chart.lines().filter(line -> line.matches("  n\\d+ (---|-\\.->).*")).count())
                .isEqualTo(report.graph().edges().size());
        assertThat(chart.lines().filter(line -> line.startsWith("  linkStyle "))
                .flatMap(line -> Arrays.stream(line.split(" ")[3].split(",")))
                .mapToInt(Integer::parseInt)).allSatisfy(index -> assertThat(index)
                .isBetween(0, report.graph().edges().size() - 1));
    }

    @Test
    void theSummaryHasTheCountsAChartAndEveryFindingInTheTable() {
        String markdown = MarkdownReport.render(Fixtures.BASELINE);

        assertThat(markdown).startsWith("## Entente: Findings from seeds/world.yaml, seeds/vilnius-2023.yaml")
                .contains("130 facts, 46 rules: **15 findings** (7 tensions, 8 alignments, 0 inconsistencies)")
                .contains("| ref | kind | rule | summary | id |");
        for (Report.Entry entry : Fixtures.BASELINE.findings()) {
            assertThat(markdown).contains("| " + entry.ref() + " | " + entry.kind().label() + " | `" + entry.rule() + "` | ")
                    .contains("`" + entry.id() + "` |");
        }
        String chart = chart(markdown);
        assertWellFormed(chart, Fixtures.BASELINE);
        assertThat(chart).contains("subgraph g0[\"NATO and members\"]").contains("[\"France\"]")
                .contains("{{\"NATO's first office in Asia\"}}");
    }

    @Test
    void theScenarioMarksTheDiffInTableAndChart() {
        String markdown = MarkdownReport.render(Fixtures.JAPAN_JOINS);

        assertThat(markdown).contains("**Diff against the baseline: 1 added, 3 removed, 1 changed**, 11 unchanged.")
                .contains("| I1 | **added** | inconsistency | `stated-count-mismatch` |")
                .contains("| A2 | **removed** | alignment | `partnership-deepening` | ~~Japan, a partner of NATO");
        String chart = chart(markdown);
        assertWellFormed(chart, Fixtures.JAPAN_JOINS);
        assertThat(chart).contains("|\"−A1\"|").contains("stroke-opacity:0.3")
                .contains("([\"NATO (I1)\"])").contains("style n0 stroke:#ff7f0e,stroke-width:4px");
    }

    @Test
    void hostileNamesCannotBreakTheChartOrTheTable() {
        Report report = Fixtures.hostileScenario(dir);
        String markdown = MarkdownReport.render(report);

        String chart = chart(markdown);
        assertWellFormed(chart, report);
        // The only ">" left is the head of an arrow: an actor acting against what it points to.
        assertThat(chart.replace(" -.->|", "")).doesNotContain("</script>", "`", "<", ">")
                .contains("Evil #lt;/script#gt;");
        List<String> rows = markdown.lines().filter(line -> line.startsWith("| ")).toList();
        assertThat(rows).hasSizeGreaterThan(2).allSatisfy(row -> assertThat(unescapedPipes(row)).isEqualTo(7));
        assertThat(markdown).doesNotContain("<script>").contains("## Entente: What if: Evil &lt;/script&gt;");
    }

    private static long unescapedPipes(String row) {
        return Pattern.compile("(?<!\\\\)\\|").matcher(row).results().count();
    }
}
