package org.entente.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
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
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.api.Analyser;
import org.entente.api.Scenarios;
import org.entente.http.AnalysisServer;
import org.entente.io.Json;
import org.entente.scenario.ScenarioFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * A bounded load test of {@code serve} on loopback: a server in this JVM, {@code --clients} threads sending
 * {@code --requests} what-ifs mixed from the scenario files and some built in code, each response checked against
 * the same scenario run directly on an analyser. Reports requests per second and latency percentiles; exits 1 on
 * any error or wrong body, or when the run outlasts {@code --limit}.
 */
@Command(name = "http-load", mixinStandardHelpOptions = true,
        description = "Load-test the HTTP service on loopback and report requests/s and latency percentiles.")
public final class HttpLoad implements Callable<Integer> {

    @Option(names = "--clients", description = "Concurrent clients (default: ${DEFAULT-VALUE}).", defaultValue = "16")
    int clients;

    @Option(names = "--requests", description = "What-if requests measured (default: ${DEFAULT-VALUE}).",
            defaultValue = "20000")
    int requests;

    @Option(names = "--warm-up", description = "Requests sent first and not measured (default: ${DEFAULT-VALUE}).",
            defaultValue = "1000")
    int warmUp;

    @Option(names = "--limit", description = "Longest the run may take, in seconds (default: ${DEFAULT-VALUE}).",
            defaultValue = "600")
    long limitSeconds;

    @Option(names = "--scenarios", paramLabel = "DIR", description = "Scenario files (default: ${DEFAULT-VALUE}).",
            defaultValue = "scenarios")
    Path scenarios;

    @Option(names = "--rules", paramLabel = "DIR", description = "Folder of .drl rule files (default: ${DEFAULT-VALUE}).",
            defaultValue = "rules")
    Path rules;

    @Option(names = "--facts", paramLabel = "FILE", description = "Fact pack; repeat to merge packs "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "seeds/vilnius-2023.yaml")
    List<Path> packs;

    /** A request body and the response body it must get. */
    private record Case(String name, String body, String contentType, String expected) {
    }

    /** What one batch of requests gave: latencies in nanoseconds, and the failures. */
    private record Run(long[] latencies, List<String> failures, double seconds) {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new HttpLoad()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Analyser analyser = Analyser.load(rules, packs);
        List<Case> cases = cases(analyser);
        try (AnalysisServer server = AnalysisServer.start(new AnalysisServer.Config("127.0.0.1", 0, rules,
                packs, false), System.err::println)) {
            URI whatIf = URI.create("http://127.0.0.1:" + server.port() + "/what-if");
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            long deadline = System.nanoTime() + Duration.ofSeconds(limitSeconds).toNanos();
            Run warm = run(client, whatIf, cases, warmUp, deadline);
            Run measured = run(client, whatIf, cases, requests, deadline);
            report(cases.size(), warm, measured);
            return warm.failures().isEmpty() && measured.failures().isEmpty() ? 0 : 1;
        }
    }

    private List<Case> cases(Analyser analyser) throws IOException {
        List<Case> cases = new ArrayList<>();
        for (Path file : ScenarioFiles.find(List.of(scenarios))) {
            String text = Files.readString(file);
            if (Scenarios.parse("request body", text).packs().isEmpty()) {
                cases.add(expected(analyser, file.getFileName().toString(), text, "application/yaml"));
            }
        }
        cases.add(expected(analyser, "built: Japan joins", Scenarios.named("Japan joins NATO")
                .add("Membership", Map.of("member", "JPN", "organisation", "NATO")).toJson(), "application/json"));
        cases.add(expected(analyser, "built: no Chinese support", Scenarios.named("China ends its support")
                .retract("rel-chn-supports-rus").toJson(), "application/json"));
        cases.add(expected(analyser, "built: every position opposes", Scenarios.named("Everyone opposes the office")
                .modifyWhere("Position", Map.of("initiative", "nato-asia-office"), Map.of("stance", "OPPOSES"))
                .toJson(), "application/json"));
        return cases;
    }

    private static Case expected(Analyser analyser, String name, String body, String contentType)
            throws JsonProcessingException {
        String expected = Json.MAPPER.writeValueAsString(analyser.whatIf(Scenarios.parse("request body", body)));
        return new Case(name, body, contentType, expected);
    }

    private Run run(HttpClient client, URI whatIf, List<Case> cases, int count, long deadline)
            throws InterruptedException {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int thread = 0; thread < clients; thread++) {
            threads.add(new Thread(() -> {
                for (int index = next.getAndIncrement(); index < count; index = next.getAndIncrement()) {
                    if (System.nanoTime() > deadline) {
                        failures.add("stopped at the time limit after " + index + " requests");
                        return;
                    }
                    Case sent = cases.get(index % cases.size());
                    long before = System.nanoTime();
                    String failure = send(client, whatIf, sent);
                    latencies[index] = System.nanoTime() - before;
                    if (failure != null) {
                        failures.add(sent.name() + ": " + failure);
                    }
                }
            }, "client-" + thread));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        return new Run(latencies, List.copyOf(failures), (System.nanoTime() - start) / 1e9);
    }

    private static String send(HttpClient client, URI whatIf, Case sent) {
        HttpRequest request = HttpRequest.newBuilder(whatIf).header("Content-Type", sent.contentType())
                .POST(HttpRequest.BodyPublishers.ofString(sent.body(), StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return "status " + response.statusCode() + ": " + response.body();
            }
            return response.body().equals(sent.expected()) ? null : "the body differs from the direct what-if";
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private void report(int scenarios, Run warm, Run measured) {
        long[] sorted = measured.latencies().clone();
        Arrays.sort(sorted);
        System.out.printf("http-load: %d clients, %d what-if requests over %d scenarios (after %d warm-up requests)%n",
                clients, requests, scenarios, warmUp);
        System.out.printf("  %.1f s, %.0f requests/s%n", measured.seconds(), requests / measured.seconds());
        System.out.printf("  latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", percentile(sorted, 50),
                percentile(sorted, 90), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6);
        int errors = warm.failures().size() + measured.failures().size();
        System.out.printf("  %d errors or wrong bodies%n", errors);
        warm.failures().stream().limit(10).forEach(failure -> System.out.println("  warm-up: " + failure));
        measured.failures().stream().limit(10).forEach(failure -> System.out.println("  " + failure));
    }

    /** The nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank - 1, 0)] / 1e6;
    }
}
