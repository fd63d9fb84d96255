package org.entente.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.entente.engine.RuleCache;
import org.junit.jupiter.api.Test;

/** Stopping the server (Ctrl-C on {@code serve}) lets the requests in flight finish, and takes no new ones. */
class GracefulStopTest {

    @Test
    void aStopWaitsForTheRequestInFlightAndRefusesNewOnes() throws Exception {
        AnalysisServer server = AnalysisServer.start(new AnalysisServer.Config("127.0.0.1", 0, Path.of("rules"),
                List.of(Path.of("seeds", "vilnius-2023.yaml")), RuleCache.defaultFolder(), false), line -> { });
        Http http = Http.to(server);
        byte[] body = """
                {"name": "Japan joins NATO",
                 "changes": [{"assert": {"type": "Membership", "member": "JPN", "organisation": "NATO"}}]}
                """.getBytes(StandardCharsets.UTF_8);
        String head = "POST /what-if HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";

        try (Socket socket = new Socket("127.0.0.1", server.port());
             Socket later = new Socket("127.0.0.1", server.port())) {
            // The request is in flight while its body is half sent: the handler is reading it.
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, body.length / 2);
            out.flush();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (server.requestsInFlight() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(server.requestsInFlight()).as("requests in flight").isEqualTo(1);

            // A stop closes the server's socket, and with it any connection not yet accepted; and once it has begun,
            // Jetty closes a connection idle for over 1 s. An answered request shows this one accepted and active.
            assertThat(Http.getKeepingOpen(later, "/health")).startsWith("HTTP/1.1 200 ");
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
            Thread.sleep(500);
            assertThat(stopping).as("the stop waits for the request in flight").isNotDone();
            later.getOutputStream().write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String refused = new String(later.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(refused).startsWith("HTTP/1.1 503 ")
                    .endsWith("{\"error\":\"the service is stopping\",\"where\":\"/health\"}");

            out.write(body, body.length / 2, body.length - body.length / 2);
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            stopping.get(30, TimeUnit.SECONDS);

            assertThat(response).startsWith("HTTP/1.1 200 ").contains("\"added\":[\"stated-count-mismatch:NATO\"]");
        }
        assertThatThrownBy(() -> http.get("/health")).hasCauseInstanceOf(ConnectException.class);
    }
}
