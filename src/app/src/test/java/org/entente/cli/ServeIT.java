package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar target/entente.jar serve} in its own JVM: it says where it listens, serves, and stops cleanly. */
class ServeIT {

    private static final Pattern SERVING = Pattern.compile("entente: serving (http://127\\.0\\.0\\.1:\\d+/) .*");

    @TempDir
    Path dir;

    @Test
    void theJarServesOnLoopbackUntilStoppedThenFinishesCleanly() throws Exception {
        Path err = dir.resolve("stderr.txt");
        Process process = PackagedJar.command("serve", "--port", "0").redirectError(err.toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String first = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).get(120, TimeUnit.SECONDS);
            Matcher serving = SERVING.matcher(String.valueOf(first));
            assertThat(serving.matches()).as(first).isTrue();

            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(serving.group(1) + "health"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> whatIf = client.send(HttpRequest.newBuilder(URI.create(serving.group(1) + "what-if"))
                    .header("Content-Type", "application/yaml")
                    .POST(HttpRequest.BodyPublishers.ofString(Files.readString(Path.of("scenarios",
                            "japan-joins-nato.yaml")))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"ok\"");
            assertThat(whatIf.statusCode()).isEqualTo(200);
            assertThat(whatIf.body()).contains("\"added\":[\"stated-count-mismatch:NATO\"]");
        } finally {
            process.destroy();
        }

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readAllLines(err)).containsExactly("entente: stopped");
    }
}
