package org.entente.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.api.Analyser;
import org.entente.api.Scenarios;
import org.entente.http.AnalysisServer;
import org.entente.http.DiffView;
import org.entente.io.Json;
import org.entente.result.WhatIf;
import org.entente.scenario.ScenarioFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A bounded load test of {@code serve} on loopback: a server in this JVM and {@code --clients} threads, which first
 * measure {@code GET /health} (the HTTP stack's floor) and then {@code POST /what-if}, in full and as
 * {@code ?view=diff}, for {@code --seconds} each, on the same server. What-ifs are mixed from the scenario files and
 * some built in code, and every response is checked against the same scenario run directly on an analyser. Reports
 * requests per second, latency percentiles and each what-if view's throughput as a fraction of {@code /health}'s;
 * exits 1 on any error or wrong body.
 */
@Command(name = "http-load", mixinStandardHelpOptions = true,
        description = "Load-test the HTTP service on loopback: GET /health, then POST /what-if in full and as "
                + "?view=diff, on one server; report requests/s, latency percentiles and the what-if:health ratio.")
public final class HttpLoad implements Callable<Integer> {

    /** The goal for what-if throughput, as a fraction of /health's on the same server. */
    private static final double GOAL_RATIO = 0.25;

    @Option(names = "--clients", description = "Concurrent clients (default: ${DEFAULT-VALUE}).", defaultValue = "16")
    int clients;

    @Option(names = "--seconds", description = "How long each endpoint is measured (default: ${DEFAULT-VALUE}).",
            defaultValue = "10")
    double seconds;

    @Option(names = "--warm-up", description = "Requests sent to each endpoint first and not measured "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "1000")
    int warmUp;

    @Option(names = "--scenarios", paramLabel = "DIR", description = "Scenario files (default: ${DEFAULT-VALUE}).",
            defaultValue = "scenarios")
    Path scenarios;

    @Option(names = "--rules", paramLabel = "DIR", description = "Folder of .drl rule files (default: ${DEFAULT-VALUE}).",
            defaultValue = "rules")
    Path rules;

    @Option(names = "--facts", paramLabel = "FILE", description = "Fact pack; repeat to merge packs "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "seeds/vilnius-2023.yaml")
    List<Path> packs;

    /** A request and the response body it must get (null: any 200 will do). */
    private record Case(String name, String path, String body, String contentType, String expected) {
    }

    /** What one endpoint gave within its window: latencies of the requests completed, and the failures. */
    private record Run(String endpoint, long[] latencies, List<String> failures, double seconds) {

        double perSecond() {
            return latencies.length / seconds;
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new HttpLoad()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Analyser analyser = Analyser.load(rules, packs);
        List<Case> full = cases(analyser, false);
        List<Case> diff = cases(analyser, true);
        List<Case> health = List.of(new Case("health", "/health", null, null, null));
        try (AnalysisServer server = AnalysisServer.start(new AnalysisServer.Config("127.0.0.1", 0, rules,
                packs, false), System.err::println)) {
            URI base = URI.create("http://127.0.0.1:" + server.port());
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            List<Run> runs = new ArrayList<>();
            for (List<Case> endpoint : List.of(health, full, diff)) {
                List<String> warmUpFailures = run(client, base, endpoint, warmUp, Double.POSITIVE_INFINITY).failures();
                Run measured = run(client, base, endpoint, Integer.MAX_VALUE, seconds);
                List<String> failures = new ArrayList<>(warmUpFailures.stream().map(f -> "warm-up: " + f).toList());
                failures.addAll(measured.failures());
                runs.add(new Run(endpoint.get(0).path(), measured.latencies(), failures, measured.seconds()));
            }
            report(System.out, full.size(), runs);
            return runs.stream().allMatch(run -> run.failures().isEmpty()) ? 0 : 1;
        }
    }

    private List<Case> cases(Analyser analyser, boolean diffView) throws IOException {
        List<Case> cases = new ArrayList<>();
        for (Path file : ScenarioFiles.find(List.of(scenarios))) {
            String text = Files.readString(file);
            if (Scenarios.parse("request body", text).packs().isEmpty()) {
                cases.add(expected(analyser, diffView, file.getFileName().toString(), text, "application/yaml"));
            }
        }
        cases.add(expected(analyser, diffView, "built: Japan joins", Scenarios.named("Japan joins NATO")
                .add("Membership", Map.of("member", "JPN", "organisation", "NATO")).toJson(), "application/json"));
        cases.add(expected(analyser, diffView, "built: no Chinese support", Scenarios.named("China ends its support")
                .retract("rel-chn-supports-rus").toJson(), "application/json"));
        cases.add(expected(analyser, diffView, "built: every position opposes",
                Scenarios.named("Everyone opposes the office")
                        .modifyWhere("Position", Map.of("initiative", "nato-asia-office"), Map.of("stance", "OPPOSES"))
                        .toJson(), "application/json"));
        return cases;
    }

    private static Case expected(Analyser analyser, boolean diffView, String name, String body, String contentType)
            throws JsonProcessingException {
        WhatIf whatIf = analyser.whatIf(Scenarios.parse("request body", body));
        Object answer = diffView ? DiffView.of(whatIf, false) : whatIf;
        return new Case(name, diffView ? "/what-if?view=diff" : "/what-if", body, contentType,
                Json.MAPPER.writeValueAsString(answer));
    }

    /**
     * Sends requests from every client until {@code count} are sent or {@code windowSeconds} are over. At the end
     * of the window each client finishes the request it has in flight and stops; such a request is not counted,
     * and is not an error.
     */
    private Run run(HttpClient client, URI base, List<Case> cases, int count, double windowSeconds)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicLong completed = new AtomicLong();
        ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long end = Double.isInfinite(windowSeconds) ? Long.MAX_VALUE : start + (long) (windowSeconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int thread = 0; thread < clients; thread++) {
            threads.add(new Thread(() -> {
                long[] mine = new long[1024];
                int taken = 0;
                for (int index = next.getAndIncrement(); index < count; index = next.getAndIncrement()) {
                    Case sent = cases.get(index % cases.size());
                    long before = System.nanoTime();
                    if (before >= end) {
                        break;
                    }
                    String failure = send(client, base, sent);
                    long after = System.nanoTime();
                    if (after > end) {
                        break;
                    }
                    if (failure != null) {
                        failures.add(sent.name() + ": " + failure);
                    }
                    if (taken == mine.length) {
                        mine = Arrays.copyOf(mine, taken * 2);
                    }
                    mine[taken++] = after - before;
                    completed.incrementAndGet();
                }
                latencies.add(Arrays.copyOf(mine, taken));
            }, "client-" + thread));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = Math.min(System.nanoTime(), end) - start;
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Run(cases.get(0).path(), all, List.copyOf(failures), elapsed / 1e9);
    }

    private static String send(HttpClient client, URI base, Case sent) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(sent.path()));
        if (sent.body() != null) {
            request.header("Content-Type", sent.contentType())
                    .POST(HttpRequest.BodyPublishers.ofString(sent.body(), StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return "status " + response.statusCode() + ": " + response.body();
            }
            return sent.expected() == null || response.body().equals(sent.expected()) ? null
                    : "the body differs from the direct what-if";
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private void report(PrintStream out, int scenarios, List<Run> runs) {
        out.printf(Locale.ROOT, "http-load: %d clients on loopback, %.0f s per endpoint after %d warm-up requests; "
                + "what-ifs mixed from %d scenarios, every body checked%n%n", clients, seconds, warmUp, scenarios);
        out.println("| endpoint | requests | requests/s | vs GET /health | p50 | p90 | p99 | max | errors |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        double health = runs.get(0).perSecond();
        for (Run run : runs) {
            long[] sorted = run.latencies();
            out.printf(Locale.ROOT, "| `%s %s` | %,d | %,.0f | %.2f× | %s | %s | %s | %s | %d |%n",
                    run.endpoint().equals("/health") ? "GET" : "POST", run.endpoint(), sorted.length, run.perSecond(),
                    run.perSecond() / health, millis(sorted, 50), millis(sorted, 90), millis(sorted, 99),
                    sorted.length == 0 ? "-" : String.format(Locale.ROOT, "%.1f ms", sorted[sorted.length - 1] / 1e6),
                    run.failures().size());
        }
        out.println();
        for (Run run : runs.subList(1, runs.size())) {
            out.printf(Locale.ROOT, "POST %s: %.2f× GET /health (goal: at least %.2f×), p99 %s (goal: at most 10 ms "
                    + "at 16 clients)%n", run.endpoint(), run.perSecond() / health, GOAL_RATIO, millis(run.latencies(), 99));
        }
        for (Run run : runs) {
            run.failures().stream().limit(10).forEach(failure -> out.println("  " + run.endpoint() + ": " + failure));
        }
    }

    /** The nearest-rank percentile, in milliseconds. */
    private static String millis(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return "-";
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return String.format(Locale.ROOT, "%.1f ms", sorted[Math.max(rank - 1, 0)] / 1e6);
    }
}
