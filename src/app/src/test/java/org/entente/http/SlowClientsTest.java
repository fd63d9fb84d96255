package org.entente.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.entente.engine.RuleCache;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow or greedy clients cannot starve the others. Each client here has an address of its own on loopback
 * (127.0.0.2 and up), so the per-client limits apply to it and not to the client asking {@code /health}.
 */
class SlowClientsTest {

    /** Between the answers whose waits are compared: far longer than a loaded machine delays a completed write. */
    private static final long ANSWER_SPACING_MILLIS = 250;

    private static final String SLOW_POST = "POST /what-if HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json"
            + "\r\nContent-Length: 100\r\n\r\n{";
    private static final String HEALTH = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";

    @TempDir
    static Path folder;
    private static Workspace workspace;

    /** The seed pack with only geography.drl: these tests are about connections, so the rules may load fast. */
    @BeforeAll
    static void lightWorkspace() throws IOException {
        workspace = Workspace.copyInto(folder);
        try (var files = Files.list(workspace.rules())) {
            for (Path file : files.toList()) {
                if (file.toString().endsWith(".drl") && !file.endsWith("geography.drl")) {
                    Files.delete(file);
                }
            }
        }
    }

    private static AnalysisServer serve(AnalysisServer.ClientLimits limits) {
        // The tests' cache: the workspace's rules are a copy of rules/, whose entry the first test to load them made.
        return AnalysisServer.start(new AnalysisServer.Config("127.0.0.1", 0, workspace.rules(), workspace.packs(),
                RuleCache.defaultFolder(), false, AnalysisServer.Config.WATCH_INTERVAL, AnalysisServer.Config.RUN_BUDGET).withClients(limits),
                line -> { });
    }

    @Test
    void healthAnswersWhileThreeHundredClientsDribbleTheirBodies() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try (AnalysisServer server = serve(AnalysisServer.ClientLimits.DEFAULT);
             AutoCloseable clients = () -> closeBeforeTheServer(slow)) {
            // More bodies in flight than Jetty has threads: each one used to hold a thread while it dribbled.
            for (int client = 0; client < 300; client++) {
                Socket socket = open(server, "127.0.0." + (2 + client / 60));
                slow.add(socket);
                socket.getOutputStream().write(SLOW_POST.getBytes(StandardCharsets.US_ASCII));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (server.requestsInFlight() < 300 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(server.requestsInFlight()).as("requests in flight").isEqualTo(300);

            Http http = Http.to(server);
            Http.Response health = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/health"))
                    .timeout(Duration.ofSeconds(20)).GET().build());

            assertThat(health.status()).isEqualTo(200);
            assertThat(slow).as("slow clients still connected and unanswered").allMatch(socket -> read(socket, 1) == -2);
        }
    }

    @Test
    void aClientOverItsConnectionLimitLosesTheConnectionThatHasWaitedLongest() throws Exception {
        try (AnalysisServer server = serve(new AnalysisServer.ClientLimits(4, Duration.ofSeconds(30),
                Duration.ofSeconds(30)))) {
            List<Socket> sockets = new ArrayList<>();
            try {
                for (int connection = 0; connection < 10; connection++) {
                    sockets.add(open(server, "127.0.0.20"));
                }
                assertThat(stillOpen(sockets, 4)).as("connections kept").hasSize(4);

                // Each of these has waited since its answer, in turn: the first has waited longest. The server starts
                // a connection's wait when the write of its answer completes, which can come after the client has
                // read it; on a loaded machine two answers a few milliseconds apart could start their waits in the
                // other order, so the answers are spaced well beyond such a delay.
                List<Socket> answered = new ArrayList<>();
                for (int connection = 0; connection < 4; connection++) {
                    if (connection > 0) {
                        Thread.sleep(ANSWER_SPACING_MILLIS);
                    }
                    Socket socket = open(server, "127.0.0.21");
                    sockets.add(socket);
                    answered.add(socket);
                    assertThat(Http.getKeepingOpen(socket, "/health")).startsWith("HTTP/1.1 200 ");
                }
                try (Socket fresh = open(server, "127.0.0.21")) {
                    fresh.getOutputStream().write(HEALTH.getBytes(StandardCharsets.US_ASCII));
                    assertThat(new String(fresh.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                            .as("a fresh request of the same client").startsWith("HTTP/1.1 200 ");
                }
                assertThat(read(answered.get(0), 2_000)).as("the connection that waited longest").isEqualTo(-1);
                assertThat(answered.subList(1, 4)).allMatch(socket -> read(socket, 1) == -2);
            } finally {
                for (Socket socket : sockets) {
                    socket.close();
                }
            }
        }
    }

    /** The case: 300 connections dribbling from one address, and /health asked from that address too. */
    @Test
    void healthAnswersTheSameClientWhileItsOtherConnectionsDribble() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try (AnalysisServer server = serve(AnalysisServer.ClientLimits.DEFAULT);
             AutoCloseable clients = () -> closeBeforeTheServer(slow)) {
            for (int client = 0; client < 300; client++) {
                Socket socket = open(server, "127.0.0.40");
                slow.add(socket);
                try {
                    socket.getOutputStream().write(SLOW_POST.getBytes(StandardCharsets.US_ASCII));
                } catch (IOException closed) {
                    // Evicted already by a newer connection of the same client.
                }
            }
            // Every slow connection is accepted, and all but the limit's newest evicted, before /health is asked: on a
            // loaded machine the server may still be accepting them, and a late one would evict /health's instead.
            int limit = AnalysisServer.ClientLimits.DEFAULT.connectionsPerClient();
            assertThat(stillOpen(slow, limit)).as("connected before /health").hasSize(limit);
            try (Socket health = open(server, "127.0.0.40")) {
                health.getOutputStream().write(HEALTH.getBytes(StandardCharsets.US_ASCII));
                assertThat(new String(health.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                        .startsWith("HTTP/1.1 200 ");
            }
            int kept = limit - 1;
            assertThat(stillOpen(slow, kept)).as("still connected").hasSize(kept);
        }
    }

    @Test
    void headersThatDribblePastTheirTimeCloseTheConnectionAndABodyPastItsTimeIs408() throws Exception {
        try (AnalysisServer server = serve(new AnalysisServer.ClientLimits(64, Duration.ofSeconds(1),
                Duration.ofSeconds(1)));
             Socket headers = open(server, "127.0.0.30");
             Socket body = open(server, "127.0.0.31");
             Socket prompt = open(server, "127.0.0.32")) {
            body.getOutputStream().write(SLOW_POST.getBytes(StandardCharsets.US_ASCII));
            prompt.getOutputStream().write(HEALTH.getBytes(StandardCharsets.US_ASCII));

            headers.getOutputStream().write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            int read = -2;
            while (read == -2 && System.nanoTime() < deadline) {
                try {
                    headers.getOutputStream().write('X');
                } catch (IOException reset) {
                    read = -1;
                    break;
                }
                read = read(headers, 200);
            }
            assertThat(read).as("the dribbling connection is closed").isEqualTo(-1);

            String refused = new String(body.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(refused).startsWith("HTTP/1.1 408 ")
                    .endsWith("{\"error\":\"the request body did not arrive within 1 s\",\"where\":\"request body\"}");
            assertThat(new String(prompt.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .startsWith("HTTP/1.1 200 ");
        }
    }

    /**
     * Once a stop begins Jetty gives every connection an idle timeout of 1 s; a body read without a thread sees it as
     * a transient failure, and goes on reading, as a servlet's blocking read does.
     */
    @Test
    void aStopWaitsForABodyThatPausesLongerThanTheStopsIdleTimeout() throws Exception {
        AnalysisServer server = serve(AnalysisServer.ClientLimits.DEFAULT);
        byte[] body = "{\"name\": \"nothing\", \"changes\": []}".getBytes(StandardCharsets.UTF_8);
        try (Socket socket = open(server, "127.0.0.50")) {
            socket.getOutputStream().write(("POST /what-if HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json"
                    + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body, 0, 5);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (server.requestsInFlight() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
            Thread.sleep(1_500);
            socket.getOutputStream().write(body, 5, body.length - 5);

            assertThat(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .startsWith("HTTP/1.1 200 ");
            stopping.get(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Closed before the server is: a stop waits for the requests in flight, and the bodies these send would keep it
     * waiting until their time runs out.
     */
    private static void closeBeforeTheServer(List<Socket> sockets) throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    private static Socket open(AnalysisServer server, String from) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(from, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 10_000);
        return socket;
    }

    /**
     * The sockets still open. A kept connection stays silent; an evicted one reads its end once the server's close
     * has reached the client, which can take longer than a first look, even on an idle machine: so the look is
     * repeated, for up to 20 s (a loaded machine accepts and closes hundreds slowly), while more are silent than
     * {@code expected}.
     */
    private static List<Socket> stillOpen(List<Socket> sockets, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        List<Socket> silent = sockets.stream().filter(socket -> read(socket, 1) == -2).toList();
        while (silent.size() > expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
            silent = silent.stream().filter(socket -> read(socket, 1) == -2).toList();
        }
        return silent;
    }

    /** The next byte, -1 when the server closed the connection, -2 when it said nothing within the time. */
    private static int read(Socket socket, int millis) {
        try {
            socket.setSoTimeout(millis);
            InputStream in = socket.getInputStream();
            return in.read();
        } catch (SocketTimeoutException quiet) {
            return -2;
        } catch (IOException reset) {
            return -1;
        } finally {
            try {
                socket.setSoTimeout(0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
