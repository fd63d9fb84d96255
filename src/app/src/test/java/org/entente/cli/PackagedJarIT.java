package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.entente.io.Json;
import org.junit.jupiter.api.Test;

/** The jar users run: {@code java -jar target/entente.jar}, in its own JVM, after {@code mvn package}. */
class PackagedJarIT {

    private static Process run(String... args) throws IOException {
        return PackagedJar.command(args).start();
    }

    @Test
    void analyseAsJsonReportsTheSeedFindings() throws Exception {
        Process process = run("analyse", "--format", "json");
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isZero();
        assertThat(err).isEmpty();
        JsonNode report = Json.MAPPER.readTree(out);
        assertThat(report.get("findings")).anySatisfy(finding ->
                assertThat(finding.get("id").asText()).isEqualTo("out-of-area-objection:FRA:NATO:nato-asia-office"));
        assertThat(report.get("findings")).allSatisfy(finding ->
                assertThat(finding.get("evidence")).isNotEmpty());
    }

    @Test
    void badInputExitsTwoWithOneLineAndNoStackTrace() throws Exception {
        Process process = run("analyse", "--facts", "does-not-exist.yaml");
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(err.lines()).containsExactly("entente: does-not-exist.yaml: no such file");
    }

    @Test
    void thePackagedJarKnowsItsVersion() throws Exception {
        Process process = run("--version");
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(out.lines().findFirst()).hasValueSatisfying(line -> assertThat(line)
                .matches("entente \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"));
    }
}
