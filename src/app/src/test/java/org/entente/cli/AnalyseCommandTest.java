package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyseCommandTest {

    @TempDir
    Path dir;

    @Test
    void theAmericanSpellingRunsTheSameCommand() {
        CliRun analyze = CliRun.of("analyze", "--format", "json");

        assertThat(analyze.exitCode()).isZero();
        assertThat(analyze.out()).isEqualTo(CliRun.of("analyse", "--format", "json").out());
    }

    @Test
    void versionNamesTheDroolsAndJavaItRunsOn() {
        CliRun version = CliRun.of("--version");

        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("entente ").contains("\nDrools 10.2.0\n").containsPattern("\nJava \\d+");
    }

    @Test
    void oneFindingIsCountedInTheSingular() {
        CliRun run = CliRun.of("analyse", "--facts", "seeds/arrow-2023.yaml");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Entente: 90 facts, 46 rules, 1 finding\n");
    }

    @Test
    void theTextReportGroupsFindingsByKindWithTheirQuotes() {
        CliRun run = CliRun.of("analyse");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Entente: 130 facts, 46 rules, ")
                .contains("TENSIONS (", "ALIGNMENTS (", "INCONSISTENCIES (0)")
                .contains("France, a member of NATO, opposes NATO's first office in Asia")
                .contains("rule: out-of-area-objection")
                .contains("French President Emmanuel Macron took issue");
        assertThat(run.out().indexOf("TENSIONS")).isLessThan(run.out().indexOf("ALIGNMENTS"));
    }

    @Test
    void theJsonReportHasTheDocumentedShape() throws IOException {
        CliRun run = CliRun.of("analyse", "--format", "json");

        JsonNode report = Json.MAPPER.readTree(run.out());
        assertThat(run.exitCode()).isZero();
        assertThat(report.get("facts").asInt()).isEqualTo(130);
        assertThat(report.get("rules").asInt()).isEqualTo(46);
        JsonNode first = report.get("findings").get(0);
        assertThat(first.fieldNames()).toIterable()
                .containsExactly("id", "kind", "rule", "subjects", "roles", "summary", "confidence", "weakest", "because",
                        "evidence", "support");
        assertThat(report.get("findings")).anySatisfy(finding -> {
            assertThat(finding.get("id").asText()).isEqualTo("out-of-area-objection:FRA:NATO:nato-asia-office");
            assertThat(finding.get("evidence")).anySatisfy(evidence -> {
                assertThat(evidence.get("fact").asText()).isEqualTo("pos-fra-asia-office");
                assertThat(evidence.get("source").asText()).isEqualTo("seeds/000_53dffffe28bbb940.txt");
            });
        });
    }

    @Test
    void theJsonReportIsStableFromRunToRun() {
        assertThat(CliRun.of("analyse", "--format", "json").out()).isEqualTo(CliRun.of("analyse", "--format", "json").out());
    }

    @Test
    void aBadPackIsOneLineNamingFileLineAndFieldWithExitCodeTwo() throws IOException {
        Path pack = dir.resolve("bad.yaml");
        Files.writeString(pack, """
                facts:
                  - {id: x, type: Actor, name: X, kind: EMPIRE, reference: {title: t, url: u}}
                """);

        CliRun run = CliRun.of("analyse", "--facts", pack.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("entente: ").contains("bad.yaml:2 field 'kind'").contains("EMPIRE"));
    }

    @Test
    void aBrokenRuleIsOneLineNamingFileAndLine() throws IOException {
        Files.writeString(dir.resolve("broken.drl"), "package x;\nrule \"Broken\"\nwhen\n  Actor(\nthen\nend\n");

        CliRun run = CliRun.of("analyse", "--rules", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line).contains("broken.drl:"));
    }

    @Test
    void verboseShowsTheStackTrace() throws IOException {
        CliRun run = CliRun.of("analyse", "--facts", dir.resolve("absent.yaml").toString(), "--verbose");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such file").contains("at org.entente");
    }

    @Test
    void anUnknownOptionIsABadInput() {
        CliRun run = CliRun.of("analyse", "--fromat", "json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'--fromat'").contains("entente analyse --help");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"analyse", "rules"}) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("Usage: entente " + command);
        }
    }

    @Test
    void theRulesCommandListsTheCatalogue() {
        CliRun run = CliRun.of("rules");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSize(46)
                .anySatisfy(line -> assertThat(line).startsWith("out-of-area-objection").contains("area-of-responsibility.drl"));
    }
}
