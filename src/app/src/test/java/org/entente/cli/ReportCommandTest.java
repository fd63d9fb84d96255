package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report, as a user runs it: the three formats, to standard output or a file, and what goes wrong. */
class ReportCommandTest {

    @TempDir
    Path dir;

    private static void assertOneLineError(CliRun run, String... fragments) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().findFirst()).hasValueSatisfying(line -> assertThat(line).startsWith("entente: ")
                .contains(fragments));
    }

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void eachFormatGoesToStandardOutput() {
        assertThat(CliRun.of("report", "--format", "markdown").out()).startsWith("## Entente: Findings from")
                .contains("```mermaid");
        assertThat(CliRun.of("report", "--format", "dot").out()).startsWith("graph entente {");
        CliRun html = CliRun.of("report", "--format", "html");
        assertThat(html.exitCode()).isZero();
        assertThat(html.err()).isEmpty();
        assertThat(html.out()).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    }

    @Test
    void aScenarioReportShowsItsDiff() {
        CliRun run = CliRun.of("report", "--scenario", "scenarios/france-lifts-objection.yaml", "--format", "markdown");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("## Entente: What if: France drops its objection to an office in Asia")
                .contains("**Diff against the baseline: 0 added, 3 removed, 0 changed**")
                .contains("| **removed** | tension | `out-of-area-objection` |");
    }

    @Test
    void outWritesTheWholeFileAndPrintsNothing() throws IOException {
        Path report = dir.resolve("reports").resolve("seed.html");

        CliRun run = CliRun.of("report", "--format", "html", "--out", report.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(filesIn(report.getParent())).as("no temporary file left").isEqualTo(1);
    }

    @Test
    void outReplacesAnEarlierReportWhole() throws IOException {
        Path report = Files.writeString(dir.resolve("report.md"), "an older report");

        CliRun.of("report", "--format", "markdown", "--out", report.toString());

        assertThat(Files.readString(report)).startsWith("## Entente: ").doesNotContain("an older report");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void aBadScenarioWritesNoFile() throws IOException {
        Path scenario = Files.writeString(dir.resolve("typo.yaml"),
                "name: typo\nchanges:\n  - retract: pos-fra-asia-ofice\n");
        Path report = dir.resolve("report.html");

        CliRun run = CliRun.of("report", "--scenario", scenario.toString(), "--format", "html", "--out", report.toString());

        assertOneLineError(run, "typo.yaml:3", "did you mean pos-fra-asia-office?");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(filesIn(dir)).as("only the scenario").isEqualTo(1);
    }

    @Test
    void aTargetThatCannotBeWrittenIsOneLineAndLeavesNothingBehind() throws IOException {
        Path occupied = Files.createDirectory(dir.resolve("report.html"));
        Files.writeString(occupied.resolve("keep.txt"), "a file in the way");

        CliRun run = CliRun.of("report", "--format", "html", "--out", occupied.toString());

        assertOneLineError(run, "report.html", "cannot write the report");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(filesIn(dir)).as("no temporary file left").isEqualTo(1);
        assertThat(Files.readString(occupied.resolve("keep.txt"))).isEqualTo("a file in the way");
    }

    @Test
    void anUnknownOrMissingFormatIsBadInput() {
        assertOneLineError(CliRun.of("report", "--format", "pdf"), "--format", "pdf", "html, markdown, dot");
        assertOneLineError(CliRun.of("report"), "--format");
    }

    @Test
    void aMissingScenarioIsOneLine() {
        CliRun run = CliRun.of("report", "--scenario", "scenarios/nope.yaml", "--format", "dot");

        assertOneLineError(run, "nope.yaml");
        assertThat(run.err().lines()).hasSize(1);
    }
}
