package org.entente.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.InputError;
import org.entente.io.PathNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** While no rules are loaded, analyses answer 503 and {@code /health} says why. */
class UnavailableTest {

    @TempDir
    Path folder;

    @Test
    void whileTheRulesDoNotCompileAnalysesAre503UntilTheyAreFixed() throws Exception {
        Workspace workspace = Workspace.copyInto(folder);
        Path consensus = workspace.rules().resolve("consensus.drl");
        String good = Files.readString(consensus);
        workspace.write(consensus, good.replaceFirst("then", "thn"));
        try (AnalysisServer server = workspace.serve(true)) {
            Http http = Http.to(server);

            Http.Response health = http.get("/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().get("status").asText()).isEqualTo("unavailable");
            assertThat(health.json().get("where").asText())
                    .startsWith(PathNames.display(workspace.rules().resolve("consensus.drl")) + ":");
            for (String path : new String[] {"/rules", "/facts", "/findings", "/explain/x"}) {
                Http.Response unavailable = http.get(path);
                assertThat(unavailable.status()).as(path).isEqualTo(503);
                assertThat(unavailable.json().get("error").asText()).startsWith("no rules are loaded: rule does not compile");
                assertThat(unavailable.json().get("where").asText()).contains("consensus.drl:");
            }
            assertThat(http.post("/what-if", "application/yaml", "name: x\n").status()).isEqualTo(503);

            workspace.write(consensus, good);
            Workspace.await(http, "/findings", findings -> findings.status() == 200);
            assertThat(http.get("/health").json().get("status").asText()).isEqualTo("ok");
        }
    }

    @Test
    void withoutWatchingAFailedLoadStopsTheServer() {
        Workspace workspace = Workspace.copyInto(folder);
        workspace.write(workspace.packs().get(0), "facts: [");

        assertThatThrownBy(() -> workspace.serve(false)).isInstanceOf(InputError.class)
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void beforeTheFirstLoadAnalysesAre503() {
        LiveAnalyser live = new LiveAnalyser(new Sources(Path.of("rules"), Workspace.copyInto(folder).packs(), null),
                AnalysisServer.Config.RUN_BUDGET);

        assertThatThrownBy(live::current).isInstanceOf(HttpError.class).hasMessage("no rules are loaded yet")
                .satisfies(error -> assertThat(((HttpError) error).status()).isEqualTo(503));
        assertThat(live.health(false).status()).isEqualTo("loading");
        assertThat(live.health(false).serving()).isFalse();
    }
}
