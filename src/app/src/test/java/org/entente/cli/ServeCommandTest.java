package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.entente.engine.RuleCache;
import org.entente.http.AnalysisServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void itListensOnLoopbackPort8080UnlessToldOtherwise() {
        CommandSpec serve = Main.commandLine().getSubcommands().get("serve").getCommandSpec();

        assertThat(serve.findOption("--host").defaultValue()).isEqualTo("127.0.0.1");
        assertThat(serve.findOption("--port").defaultValue()).isEqualTo("8080");
        assertThat(serve.findOption("--watch")).isNotNull();
        assertThat(serve.findOption("--rules").defaultValue()).isEqualTo("rules");
    }

    @Test
    void itKeepsCompiledRulesWhereToldLikeEveryOtherCommandAndNowhereWithNoCache() {
        assertThat(serveWith("--cache", dir.toString()).cache()).isEqualTo(dir);
        assertThat(serveWith("--no-cache").cache()).isNull();
        assertThat(serveWith().cache()).isEqualTo(RuleCache.defaultFolder());
    }

    @Test
    void theRequestBudgetIsSixtySecondsUnlessToldOtherwise() {
        assertThat(serveWith().requestBudget()).isEqualTo(Duration.ofSeconds(60));
        assertThat(serveWith("--request-budget", "2.5").requestBudget()).isEqualTo(Duration.ofMillis(2500));

        CliRun run = CliRun.of("serve", "--port", "0", "--request-budget", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("entente: --request-budget: a time budget is a number of seconds above 0")
                .hasLineCount(1);
    }

    @Test
    void withoutWatchingRulesThatDoNotLoadExitTwoWithOneLine() throws IOException {
        Files.writeString(dir.resolve("broken.drl"), "package x;\nrule \"Broken\"\nwhen\n  Actor(\nthen\nend\n");

        CliRun run = CliRun.of("serve", "--port", "0", "--rules", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("entente: ").contains("broken.drl:"));
    }

    private static AnalysisServer.Config serveWith(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.parseArgs(Stream.concat(Stream.of("serve"), Stream.of(args)).toArray(String[]::new));
        return ((ServeCommand) commandLine.getSubcommands().get("serve").getCommand()).config();
    }
}
