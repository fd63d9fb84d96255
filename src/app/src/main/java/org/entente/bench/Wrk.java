package org.entente.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.entente.bench.HttpLoad.Case;
import org.entente.bench.HttpLoad.Run;

/**
 * One measured window of {@code http-load} sent by {@code wrk}: a Lua script makes each connection send the cases in
 * turn (each wrk thread starting at another case), and reports in its {@code done} hook the counts and percentiles
 * wrk measured. wrk checks the status of every answer (anything but 2xx is an error); the bodies are checked by
 * {@code http-load} before and after the window.
 */
final class Wrk {

    /** The line the script's {@code done} hook prints, so that wrk's own summary need not be parsed. */
    private static final String MARK = "entente-wrk";

    private static final String SCRIPT = """
            local cases = {%s}
            local threads = 0
            function setup(thread)
              thread:set("first", threads)
              threads = threads + 1
            end
            function init(args)
              requests = {}
              for i, case in ipairs(cases) do
                local body = nil
                local headers = {}
                if case.file then
                  local file = assert(io.open(case.file, "rb"))
                  body = file:read("*a")
                  file:close()
                  headers["Content-Type"] = case.type
                end
                requests[i] = wrk.format(case.method, case.path, headers, body)
              end
              turn = first or 0
            end
            function request()
              turn = turn + 1
              return requests[turn %% #requests + 1]
            end
            function done(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("%s %%d %%d %%d %%d %%d %%d %%d %%d %%d %%d %%d\\n", summary.requests,
                summary.duration, e.connect, e.read, e.write, e.status, e.timeout, latency:percentile(50),
                latency:percentile(90), latency:percentile(99), latency.max))
            end
            """;

    private Wrk() {
    }

    /** One wrk thread per core, and never more threads than connections (wrk refuses that). */
    static int threads(int connections) {
        return Math.max(1, Math.min(connections, Runtime.getRuntime().availableProcessors()));
    }

    /** Sends the cases to the server for a window of whole seconds over {@code connections} connections. */
    static Run run(Path wrk, URI base, List<Case> cases, int connections, double seconds)
            throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("entente-wrk");
        try {
            List<String> entries = new ArrayList<>();
            for (int index = 0; index < cases.size(); index++) {
                Case sent = cases.get(index);
                String entry = "{method = \"%s\", path = \"%s\"".formatted(sent.body() == null ? "GET" : "POST",
                        sent.path());
                if (sent.body() != null) {
                    Path body = folder.resolve("case-" + index);
                    Files.writeString(body, sent.body(), StandardCharsets.UTF_8);
                    entry += ", file = \"%s\", type = \"%s\"".formatted(body, sent.contentType());
                }
                entries.add(entry + "}");
            }
            Path script = folder.resolve("cases.lua");
            Files.writeString(script, SCRIPT.formatted(String.join(",\n  ", entries), MARK));
            long window = (long) Math.max(1, Math.ceil(seconds));
            Process process = new ProcessBuilder(wrk.toString(), "-t" + threads(connections), "-c" + connections,
                    "-d" + window + "s", "--timeout", "10s", "-s", script.toString(), base.toString())
                    .redirectErrorStream(true).start();
            long cpu = HttpLoad.cpuNanos();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(window + 60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("wrk failed: " + output.strip());
            }
            long cpuNanos = HttpLoad.cpuNanos() - cpu;
            return parse(cases.get(0).path(), output, cpuNanos);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** Reads the script's line: wrk gives times in microseconds. */
    static Run parse(String endpoint, String output, long cpuNanos) {
        String line = output.lines().filter(text -> text.startsWith(MARK + " ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("wrk did not report: " + output.strip()));
        long[] n = Stream.of(line.substring(MARK.length() + 1).trim().split(" ")).mapToLong(Long::parseLong).toArray();
        List<String> failures = new ArrayList<>();
        String[] kinds = {"could not connect", "failed to read", "failed to write", "answered other than 2xx",
                "timed out"};
        for (int kind = 0; kind < kinds.length; kind++) {
            if (n[2 + kind] > 0) {
                failures.add("%d requests %s".formatted(n[2 + kind], kinds[kind]));
            }
        }
        long[] percentiles = {n[7] * 1000, n[8] * 1000, n[9] * 1000, n[10] * 1000};
        return new Run(endpoint, n[0], percentiles, failures, n[1] / 1e6, cpuNanos);
    }
}
