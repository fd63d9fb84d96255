package org.entente.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.entente.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule whose consequence never returns costs one time budget: the CLI fails naming it, the service keeps serving. */
class RunBudgetTest {

    private static final String SPIN = """
            package org.entente.rules;
            import org.entente.domain.*;

            rule "Spin on a marked region"
            when
                Region(id == "spin-here")
            then
                while (true) { }
            end
            """;

    @TempDir
    Path folder;

    /** The seed pack with a rules folder of its vocabulary and geography only: the baseline fires in milliseconds. */
    private Workspace lightWorkspace() {
        Workspace workspace = Workspace.copyInto(folder);
        try (var files = java.nio.file.Files.list(workspace.rules())) {
            for (Path file : files.toList()) {
                if (file.toString().endsWith(".drl") && !file.endsWith("geography.drl")) {
                    java.nio.file.Files.delete(file);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return workspace;
    }

    @Test
    void theCommandLineFailsWithinTheBudgetNamingTheRule() {
        Workspace workspace = lightWorkspace();
        workspace.write(workspace.rules().resolve("spin.drl"), SPIN.replace("Region(id == \"spin-here\")", "Region()"));

        long start = System.nanoTime();
        CliRun run = CliRun.of("analyse", "--rules", workspace.rules().toString(), "--facts",
                workspace.packs().get(0).toString(), "--time-budget", "1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("spin.drl rule \"Spin on a marked region\"")
                .contains("did not finish within the time budget of 1 s").hasLineCount(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void aReloadThatNeverFinishesKeepsTheLastGoodRulesAndHealthSaysSo() {
        Workspace workspace = lightWorkspace();
        try (AnalysisServer server = AnalysisServer.start(new AnalysisServer.Config("127.0.0.1", 0, workspace.rules(),
                workspace.packs(), null, true, Duration.ofMillis(50), Duration.ofSeconds(1)), line -> { })) {
            Http http = Http.to(server);
            int rules = http.get("/rules").json().size();

            workspace.write(workspace.rules().resolve("spin.drl"), SPIN.replace("Region(id == \"spin-here\")",
                    "Region()"));

            Http.Response health = Workspace.await(http, "/health",
                    response -> response.json().path("error").asText().contains("time budget"));
            assertThat(health.json().get("status").asText()).isEqualTo("stale");
            assertThat(health.json().get("where").asText()).contains("Spin on a marked region");
            assertThat(http.get("/rules").json().size()).isEqualTo(rules);
            assertThat(http.get("/findings").status()).isEqualTo(200);
        }
    }

    /**
     * Each what-if of the batch runs the rules for 400 ms, well within the run budget of 30 s; the batch as a whole
     * is over the request budget of 1 s.
     */
    @Test
    void aBatchOverTheRequestBudgetIs503AndTheServiceAnswersAsBeforeAfterIt() {
        Workspace workspace = lightWorkspace();
        workspace.write(workspace.rules().resolve("dawdle.drl"), """
                package org.entente.rules;
                import org.entente.domain.*;

                rule "Dawdle on a marked region"
                when
                    Region(id == "slow-here")
                then
                    long end = System.nanoTime() + 400_000_000L;
                    while (System.nanoTime() < end) { }
                end
                """);
        String slow = """
                - name: slow
                  changes:
                    - assert: {id: slow-here, type: Region, name: Slow}
                """;
        String quick = """
                name: quick
                changes:
                  - assert: {id: quick-here, type: Region, name: Quick, within: [europe]}
                """;
        try (AnalysisServer server = AnalysisServer.start(new AnalysisServer.Config("127.0.0.1", 0, workspace.rules(),
                workspace.packs(), null, false, Duration.ofMillis(50), AnalysisServer.Config.RUN_BUDGET)
                .withRequestBudget(Duration.ofSeconds(1)), line -> { })) {
            Http http = Http.to(server);
            Http.Response before = http.post("/what-if", "application/yaml", quick);
            assertThat(before.status()).isEqualTo(200);

            Http.Response response = http.post("/what-if/batch", "application/yaml", slow.repeat(10));

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.raw().headers().firstValue("Retry-After")).hasValue("5");
            assertThat(response.json().get("error").asText())
                    .startsWith("the request did not finish within its time budget of 1 s");
            assertThat(http.get("/health").json().get("status").asText()).isEqualTo("ok");
            for (int again = 0; again < 4; again++) {
                Http.Response after = http.post("/what-if", "application/yaml", quick);
                assertThat(after.status()).isEqualTo(200);
                assertThat(after.json()).as("the pooled sessions are back at the baseline").isEqualTo(before.json());
            }
            assertThat(http.post("/what-if", "application/yaml", "name: one slow\nchanges:\n"
                    + "  - assert: {id: slow-here, type: Region, name: Slow}\n").status())
                    .as("one slow what-if is within the budget").isEqualTo(200);
        }
    }

    @Test
    void aRequestOverTheBudgetIs503WithRetryAfter() {
        Workspace workspace = lightWorkspace();
        workspace.write(workspace.rules().resolve("spin.drl"), SPIN);
        try (AnalysisServer server = AnalysisServer.start(new AnalysisServer.Config("127.0.0.1", 0, workspace.rules(),
                workspace.packs(), null, false, Duration.ofMillis(50), Duration.ofSeconds(1)), line -> { })) {
            Http http = Http.to(server);

            Http.Response response = http.post("/what-if", "application/yaml", """
                    name: spin
                    changes:
                      - assert: {id: spin-here, type: Region, name: Spin}
                    """);

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.raw().headers().firstValue("Retry-After")).hasValue("5");
            assertThat(response.json().get("error").asText()).contains("time budget");
            assertThat(http.get("/health").json().get("status").asText()).isEqualTo("ok");
        }
    }
}
