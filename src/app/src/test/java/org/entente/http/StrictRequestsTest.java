package org.entente.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.entente.engine.RuleCache;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bodies and paths that a lenient reader would change, or that made the service fail, are a 400 with the place. */
class StrictRequestsTest {

    private static AnalysisServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = AnalysisServer.start(new AnalysisServer.Config("127.0.0.1", 0, Path.of("rules"),
                List.of(Path.of("seeds", "vilnius-2023.yaml")), RuleCache.defaultFolder(), false), line -> { });
        http = Http.to(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aDuplicateKeyIs400NamingItsLine() {
        Http.Response response = http.post("/what-if", "application/yaml", "name: a\nchanges: []\nname: b\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).contains("duplicate key 'name' (first on line 1)");
        assertThat(response.json().get("where").asText()).startsWith("request body:3");
    }

    @Test
    void jsonWithATrailingCommaIs400() {
        Http.Response response = http.post("/what-if", "application/json", "{\"name\": \"a\", \"changes\": [],}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).startsWith("not valid JSON");
    }

    @Test
    void invalidUtf8Is400NamingTheByteOffset() {
        byte[] latin1 = "name: Gen\u00e8ve\nchanges: []\n".getBytes(StandardCharsets.ISO_8859_1);
        Http.Response response = http.post("/what-if", "application/yaml", HttpRequest.BodyPublishers.ofByteArray(latin1));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).contains("not valid UTF-8: byte 0xE8 at byte offset 9");
    }

    @Test
    void aMalformedPercentEscapeInAPathIs400() throws IOException {
        for (String path : List.of("/explain/%u002e", "/assets/%u002e", "/explain/%zz")) {
            // Java's HTTP client refuses to send such a path, so it goes over a plain socket.
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                String status = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                        .lines().findFirst().orElse("");

                assertThat(status).as(path).startsWith("HTTP/1.1 400");
            }
        }
    }
}
