package org.entente.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
    /** The goal for a what-if's 99th percentile at 16 connections, in milliseconds. */
    private static final double GOAL_P99_MILLIS = 10;
    private static final Path WRK = Path.of("/usr/bin/wrk");

    /** What sends the measured requests. */
    enum Driver {
        /** {@code wrk} when it is installed, else {@link #JDK}. */
        AUTO,
        /** Debian's {@code wrk}: a process of its own, in C, its threads one per core. */
        WRK,
        /** The JDK's {@code HttpClient} on {@code --clients} threads of this JVM, every body checked. */
        JDK;

        static Driver parse(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    @Option(names = "--clients", description = "Concurrent clients (default: ${DEFAULT-VALUE}).", defaultValue = "16")
    int clients;

    @Option(names = "--seconds", description = "How long each endpoint is measured (default: ${DEFAULT-VALUE}).",
            defaultValue = "10")
    double seconds;

    @Option(names = "--warm-up", description = "Requests sent to each endpoint first by client threads of this JVM, "
            + "every body checked, and not measured (default: ${DEFAULT-VALUE}).", defaultValue = "1000")
    int warmUp;

    @Option(names = "--settle-limit", paramLabel = "SECONDS", description = "After the warm-up, keep sending the "
            + "load, unmeasured, until the JIT compilers are all but idle (under 5%% of a 2 s stretch spent compiling), "
            + "for at most this long per endpoint; 0 measures straight after the warm-up (default: ${DEFAULT-VALUE}).",
            defaultValue = "120")
    double settleLimit;

    @Option(names = "--driver", converter = DriverName.class, description = "What sends the measured requests: wrk "
            + "(a process of its own; windows of whole seconds), jdk (client threads in this JVM, every body checked) "
            + "or auto, wrk when " + "/usr/bin/wrk is installed (default: ${DEFAULT-VALUE}).", defaultValue = "auto")
    Driver driver;

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
    record Case(String name, String path, String body, String contentType, String expected) {
    }

    /**
     * What one endpoint gave within its window: the requests completed, their latency percentiles in nanoseconds
     * (50, 90, 99, max), the failures, and this JVM's CPU time over the window.
     */
    record Run(String endpoint, long requests, long[] percentiles, List<String> failures, double seconds,
                       long cpuNanos) {

        double perSecond() {
            return requests / seconds;
        }

        double cpuMillisPerRequest() {
            return requests == 0 ? Double.NaN : cpuNanos / 1e6 / requests;
        }

        Run failing(List<String> more) {
            List<String> all = new ArrayList<>(more);
            all.addAll(failures);
            return new Run(endpoint, requests, percentiles, all, seconds, cpuNanos);
        }
    }

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new HttpLoad()).execute(args));
    }

    /** The load test with its defaults on these rules and packs, as {@code bench} runs it; returns the exit code. */
    public static int measure(PrintWriter out, Path rules, List<Path> packs) throws Exception {
        HttpLoad load = new HttpLoad();
        new CommandLine(load).parseArgs();
        load.rules = rules;
        load.packs = List.copyOf(packs);
        return load.measure(out);
    }

    @Override
    public Integer call() throws Exception {
        return measure(spec.commandLine().getOut());
    }

    private int measure(PrintWriter out) throws Exception {
        Driver used = driver == Driver.AUTO ? Files.isExecutable(WRK) ? Driver.WRK : Driver.JDK : driver;
        if (used == Driver.WRK && !Files.isExecutable(WRK)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--driver wrk: " + WRK + " is not installed");
        }
        Analyser analyser = Analyser.load(rules, packs);
        List<Case> full = cases(analyser, false);
        List<Case> diff = cases(analyser, true);
        List<Case> health = List.of(new Case("health", "/health", null, null, null));
        double window = used == Driver.WRK ? Math.max(1, Math.ceil(seconds)) : seconds;
        try (AnalysisServer server = AnalysisServer.start(new AnalysisServer.Config("127.0.0.1", 0, rules,
                packs, false), System.err::println)) {
            URI base = URI.create("http://127.0.0.1:" + server.port());
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            List<Run> runs = new ArrayList<>();
            List<Double> loads = new ArrayList<>(List.of(Bench.loadAverage()));
            List<Long> compiled = new ArrayList<>();
            List<Settling> settled = new ArrayList<>();
            for (List<Case> endpoint : List.of(health, full, diff)) {
                List<String> checks = new ArrayList<>(run(client, base, endpoint, warmUp, Double.POSITIVE_INFINITY)
                        .failures().stream().map(failure -> "warm-up: " + failure).toList());
                settled.add(settle(used, client, base, endpoint, checks));
                long compiling = compileMillis();
                Run measured = used == Driver.WRK ? Wrk.run(WRK, base, endpoint, clients, window)
                        : run(client, base, endpoint, Integer.MAX_VALUE, window);
                compiled.add(compileMillis() - compiling);
                if (used == Driver.WRK) {
                    // wrk checks only the status; each body is checked once more, on the server that took the load.
                    checks.addAll(run(client, base, endpoint, endpoint.size(), Double.POSITIVE_INFINITY).failures()
                            .stream().map(failure -> "after the window: " + failure).toList());
                }
                runs.add(measured.failing(checks));
                loads.add(Bench.loadAverage());
            }
            report(out, used, window, full.size(), runs, loads, compiled, settled);
            out.flush();
            return runs.stream().allMatch(run -> run.failures().isEmpty()) ? 0 : 1;
        }
    }

    /** The CPU time this JVM has used, every thread (the server's, the collector's, the compilers') included. */
    static long cpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** How long an endpoint's load ran, unmeasured, before its window, and whether the JIT was idle by then. */
    private record Settling(double seconds, boolean settled) {

        String describe() {
            return String.format(Locale.ROOT, settled ? "%.0f s" : "not within %.0f s", seconds);
        }
    }

    /**
     * Sends the endpoint's load in stretches of 2 s until the JIT compilers spent under 5% of a stretch compiling,
     * or {@code --settle-limit} has passed. The rules' executable model is thousands of small methods: on two shared
     * cores the compilers were still busy a minute after the server started, and a window measured before they are
     * done measures the compiling.
     */
    private Settling settle(Driver used, HttpClient client, URI base, List<Case> cases, List<String> failures)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        double stretch = 2;
        while ((System.nanoTime() - start) / 1e9 < settleLimit) {
            long compiling = compileMillis();
            long before = System.nanoTime();
            Run run = used == Driver.WRK ? Wrk.run(WRK, base, cases, clients, stretch)
                    : run(client, base, cases, Integer.MAX_VALUE, stretch);
            run.failures().forEach(failure -> failures.add("settling: " + failure));
            if (compileMillis() - compiling < 0.05 * (System.nanoTime() - before) / 1e6) {
                return new Settling((System.nanoTime() - start) / 1e9, true);
            }
        }
        return new Settling(settleLimit, settleLimit == 0);
    }

    /**
     * The time the JIT compilers have spent so far: compiling within a window means the server had not reached its
     * steady state, and the window's CPU per request includes the compiling.
     */
    private static long compileMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    /** Reads {@code --driver} in any case. */
    static final class DriverName implements CommandLine.ITypeConverter<Driver> {
        @Override
        public Driver convert(String value) {
            return Driver.parse(value);
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
        long cpu = cpuNanos();
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
        long[] percentiles = all.length == 0 ? new long[0]
                : new long[] {rank(all, 50), rank(all, 90), rank(all, 99), all[all.length - 1]};
        return new Run(cases.get(0).path(), all.length, percentiles, List.copyOf(failures), elapsed / 1e9,
                cpuNanos() - cpu);
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

    private void report(PrintWriter out, Driver used, double window, int scenarios, List<Run> runs,
                        List<Double> loads, List<Long> compiled, List<Settling> settled) {
        out.printf(Locale.ROOT, "http-load: %d connections on loopback, %.1f s per endpoint, sent by %s, after %d "
                + "warm-up requests from client threads of this JVM; what-ifs mixed from %d scenarios, every body of the "
                + "warm-up%s checked%n%n", clients, window, used == Driver.WRK ? "wrk (-t" + Wrk.threads(clients) + ")"
                : "client threads of this JVM", warmUp, scenarios, used == Driver.WRK ? " and of a pass after each window"
                : " and of the window");
        out.println("| endpoint | requests | requests/s | vs GET /health | p50 | p90 | p99 | max | CPU of this JVM per "
                + "request | unmeasured load until the JIT settled | JIT compiling in the window | load average | errors |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        double health = runs.get(0).perSecond();
        for (int index = 0; index < runs.size(); index++) {
            Run run = runs.get(index);
            long[] p = run.percentiles();
            out.printf(Locale.ROOT, "| `%s %s` | %,d | %,.0f | %.2f× | %s | %s | %s | %s | %.3f ms | %s | %,d ms | "
                    + "%.1f to %.1f | %d |%n", run.endpoint().equals("/health") ? "GET" : "POST", run.endpoint(),
                    run.requests(), run.perSecond(), run.perSecond() / health, millis(p, 0), millis(p, 1), millis(p, 2),
                    millis(p, 3), run.cpuMillisPerRequest(), settled.get(index).describe(), compiled.get(index),
                    loads.get(index), loads.get(index + 1), run.failures().size());
        }
        out.println();
        if (used == Driver.JDK) {
            out.println("(the CPU of this JVM includes its client threads)");
            out.println();
        }
        for (Run run : runs.subList(1, runs.size())) {
            double ratio = run.perSecond() / health;
            double p99 = run.percentiles().length == 0 ? Double.NaN : run.percentiles()[2] / 1e6;
            out.printf(Locale.ROOT, "POST %s: %.2f× GET /health (goal: at least %.2f×: %s), p99 %.1f ms (goal: at most "
                    + "%.0f ms at 16 connections: %s)%n", run.endpoint(), ratio, GOAL_RATIO, ratio >= GOAL_RATIO ? "met"
                    : "not met", p99, GOAL_P99_MILLIS, p99 <= GOAL_P99_MILLIS && clients >= 16 ? "met" : "not met");
        }
        for (Run run : runs) {
            run.failures().stream().limit(10).forEach(failure -> out.println("  " + run.endpoint() + ": " + failure));
        }
    }

    /** The nearest-rank percentile of sorted latencies. */
    private static long rank(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank - 1, 0)];
    }

    private static String millis(long[] percentiles, int index) {
        return percentiles.length == 0 ? "-" : String.format(Locale.ROOT, "%.1f ms", percentiles[index] / 1e6);
    }
}
