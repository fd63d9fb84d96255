package org.entente.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --watch}: edited rules and packs are reloaded; a reload that fails keeps the last good rules. */
class WatchReloadTest {

    private static final String EXTRA_RULE = """
            package org.entente.rules;

            import org.entente.domain.Actor;

            rule "Every actor is an actor"
            when
                Actor()
            then
            end
            """;

    @TempDir
    Path folder;

    @Test
    void anEditedRuleIsServedAndABrokenOneKeepsTheLastGoodRules() {
        Workspace workspace = Workspace.copyInto(folder);
        try (AnalysisServer server = workspace.serve(true)) {
            Http http = Http.to(server);
            assertThat(http.get("/rules").json()).hasSize(SeedRules.count());

            workspace.write(workspace.rules().resolve("extra.drl"), EXTRA_RULE);
            Workspace.await(http, "/rules", rules -> rules.json().size() == SeedRules.count() + 1);

            workspace.write(workspace.rules().resolve("extra.drl"), EXTRA_RULE.replace("Actor()", "Actor("));
            Http.Response health = Workspace.await(http, "/health",
                    response -> response.json().get("status").asText().equals("stale"));

            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().get("where").asText()).contains("extra.drl:");
            assertThat(health.json().get("error").asText()).startsWith("rule does not compile");
            assertThat(health.json().get("ruleCount").asInt()).isEqualTo(SeedRules.count() + 1);
            assertThat(http.get("/rules").json()).hasSize(SeedRules.count() + 1);
            assertThat(http.get("/findings").status()).isEqualTo(200);

            workspace.write(workspace.rules().resolve("extra.drl"), EXTRA_RULE);
            assertThat(Workspace.await(http, "/health", response -> response.json().get("status").asText().equals("ok"))
                    .json().has("error")).isFalse();
        }
    }

    @Test
    void anEditedPackIsServed() throws Exception {
        Workspace workspace = Workspace.copyInto(folder);
        Path pack = workspace.packs().get(0);
        try (AnalysisServer server = workspace.serve(true)) {
            Http http = Http.to(server);
            assertThat(http.get("/findings").json().toString()).doesNotContain("stated-count-mismatch");
            workspace.write(pack, Files.readString(pack).replace("members: 31", "members: 32"));

            Workspace.await(http, "/findings", findings -> findings.json().toString()
                    .contains("stated-count-mismatch:NATO"));
        }
    }

    @Test
    void batchesDuringAReloadEachFinishOnTheRulesTheyStartedWith() {
        Workspace workspace = Workspace.copyInto(folder);
        String batch = "[" + String.join(",", Collections.nCopies(20,
                "{\"name\": \"no French objection\", \"changes\": [{\"retract\": \"pos-fra-asia-office\"}]}")) + "]";
        try (AnalysisServer server = workspace.serve(true)) {
            Http http = Http.to(server);
            Set<Integer> seen = new TreeSet<>();
            // One batch before the edit, so the old rules are seen however fast the reload that follows is.
            for (int sent = 0; sent < 500 && !seen.contains(SeedRules.count() + 1); sent++) {
                if (sent == 1) {
                    workspace.write(workspace.rules().resolve("extra.drl"), EXTRA_RULE);
                }
                Http.Response response = http.post("/what-if/batch", "application/json", batch);
                assertThat(response.status()).isEqualTo(200);
                Set<Integer> ruleCounts = new TreeSet<>();
                response.json().forEach(whatIf -> ruleCounts.add(whatIf.get("rules").asInt()));
                assertThat(ruleCounts).as("rule counts within one batch").hasSize(1);
                seen.addAll(ruleCounts);
            }
            assertThat(seen).containsExactly(SeedRules.count(), SeedRules.count() + 1);
        }
    }
}
