package org.entente.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.entente.api.Analyser;
import org.entente.api.Scenario;
import org.entente.api.Scenarios;
import org.entente.domain.Fact;
import org.entente.engine.Inference;
import org.entente.engine.RuleBook;
import org.entente.pack.PackLoader;
import org.entente.pack.RelationKinds;
import org.entente.scenario.ScenarioFiles;
import org.entente.sweep.ChangeGenerator;
import org.entente.sweep.ChangeKind;
import org.entente.sweep.Evaluator;
import org.entente.sweep.SweepChange;

/**
 * The benchmark suite: every figure is measured in one run, side by side with the alternative it is compared to,
 * and reported as medians and ratios. Wall times of whole processes for start-up; in-process timings for the rest.
 */
public final class Bench {

    private final PrintWriter out;
    private final Path rules;
    private final List<Path> packs;
    private final RelationKinds kinds;
    private final int runs;

    public Bench(PrintWriter out, Path rules, List<Path> packs, int runs) {
        this.out = out;
        this.rules = rules;
        this.kinds = RelationKinds.read(rules);
        this.packs = List.copyOf(packs);
        this.runs = runs;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Cold start: whole processes.

    public void coldStart() throws IOException, InterruptedException {
        Path jar = ownJar();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = jar + File.pathSeparator + jar.resolveSibling("lib").resolve("*");
        Path cache = Files.createTempDirectory("entente-bench-cache");
        Path archive = jar.resolveSibling("entente.jsa");
        List<String> fast = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-XX:SharedArchiveFile=" + archive);
        List<String> analyse = concat(List.of("analyse", "--rules", rules.toString(), "--format", "json"),
                packs.stream().flatMap(pack -> Stream.of("--facts", pack.toString())).toList());
        List<String> cached = concat(analyse, List.of("--cache", cache.toString()));

        double floor = medianOf(() -> run(List.of(java, "-version")));
        double bare = medianOf(() -> run(concat(List.of(java, "-cp", classpath, BareDrl.class.getName()),
                concat(List.of(rules.toString()), packs.stream().map(Path::toString).toList()))));
        double noCache = medianOf(() -> run(concat(List.of(java, "-jar", jar.toString()), concat(analyse,
                List.of("--no-cache")))));
        double coldCache = medianOf(() -> {
            deleteContents(cache);
            return run(concat(List.of(java, "-jar", jar.toString()), cached));
        });
        run(concat(List.of(java, "-jar", jar.toString()), cached));
        double warmCache = medianOf(() -> run(concat(List.of(java, "-jar", jar.toString()), cached)));
        boolean archived = createArchive(java, jar, cached, archive);
        double tuned = archived ? medianOf(() -> run(concat(concat(List.of(java), fast),
                concat(List.of("-jar", jar.toString()), cached)))) : Double.NaN;

        out.println("### Cold start (whole processes, median of " + runs + ")");
        out.println();
        out.println("| program | wall time | vs bare runtime DRL |");
        out.println("|---|---|---|");
        row("`java -version` (the floor)", floor, bare);
        row("bare Drools program, DRL compiled at run time", bare, bare);
        row("`entente analyse --no-cache` (DRL compiled at run time)", noCache, bare);
        row("`entente analyse`, cold cache (builds and stores the executable model)", coldCache, bare);
        row("`entente analyse`, warm cache", warmCache, bare);
        if (archived) {
            row("`entente analyse`, warm cache, AppCDS archive, C1 only, Serial GC (`bin/entente`)", tuned, bare);
        }
        out.println();
        out.flush();
    }

    private void row(String what, double seconds, double baseline) {
        out.printf(Locale.ROOT, "| %s | %.2f s | %.2f× |%n", what, seconds, seconds / baseline);
    }

    /** An AppCDS archive of the classes a warm-cache analyse loads; see docs/performance.md. */
    private boolean createArchive(String java, Path jar, List<String> command, Path archive)
            throws IOException, InterruptedException {
        Path classList = jar.resolveSibling("entente.classlist");
        run(concat(List.of(java, "-XX:DumpLoadedClassList=" + classList, "-jar", jar.toString()), command));
        List<String> classes = Files.readAllLines(classList).stream().filter(line -> !line.contains("@lambda")).toList();
        Files.write(classList, classes);
        Process dump = new ProcessBuilder(java, "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + archive, "-cp", jar.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return dump.waitFor() == 0 && Files.exists(archive);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // What-ifs: a fresh session per scenario against one live session; one thread against two.

    public void whatIfs(List<Integer> sizes) throws Exception {
        RuleBook book = RuleBook.load(rules);
        out.println("### What-if evaluation: fresh session per change vs one live session (sweep, depth 1)");
        out.println();
        out.println("| world | changes | fresh session | live session | speed-up | same findings |");
        out.println("|---|---|---|---|---|---|");
        List<Fact> given = PackLoader.load(kinds, packs).facts();
        sweepRow("packs (" + given.size() + " facts)", book, given);
        for (int size : sizes) {
            sweepRow("synthetic " + size + " facts", book, SyntheticWorld.of(size, kinds));
        }
        out.println();
        out.flush();
    }

    private void sweepRow(String name, RuleBook book, List<Fact> facts) {
        List<SweepChange> changes = ChangeGenerator.changes(facts, EnumSet.of(ChangeKind.FLIP, ChangeKind.WIDEN));
        List<SweepChange> retractions = ChangeGenerator.changes(facts, EnumSet.of(ChangeKind.RETRACT));
        // Every flip and widening, and a stride through the retractions, at most 150 changes.
        List<SweepChange> sample = new ArrayList<>(changes.subList(0, Math.min(changes.size(), 100)));
        int stride = Math.max(1, retractions.size() / 50);
        for (int index = 0; index < retractions.size() && sample.size() < 150; index += stride) {
            sample.add(retractions.get(index));
        }
        long freshNanos;
        long liveNanos;
        boolean same = true;
        List<java.util.Set<String>> freshResults = new ArrayList<>();
        try (Evaluator fresh = Evaluator.fresh(book, facts)) {
            sample.subList(0, Math.min(10, sample.size())).forEach(change -> fresh.evaluate(List.of(change)));
            long start = System.nanoTime();
            for (SweepChange change : sample) {
                freshResults.add(fresh.evaluate(List.of(change)));
            }
            freshNanos = System.nanoTime() - start;
        }
        try (Evaluator live = Evaluator.incremental(book, facts)) {
            sample.forEach(change -> live.evaluate(List.of(change)));
            long start = System.nanoTime();
            for (int index = 0; index < sample.size(); index++) {
                same &= live.evaluate(List.of(sample.get(index))).equals(freshResults.get(index));
            }
            liveNanos = System.nanoTime() - start;
        }
        out.printf(Locale.ROOT, "| %s | %d | %.0f changes/s | %.0f changes/s | %.1f× | %s |%n", name, sample.size(),
                sample.size() / (freshNanos / 1e9), sample.size() / (liveNanos / 1e9), (double) freshNanos / liveNanos,
                same ? "yes" : "NO");
    }

    public void threads(Path scenarios, int repeats) throws Exception {
        Analyser analyser = Analyser.load(rules, packs);
        List<Scenario> all = ScenarioFiles.find(List.of(scenarios)).stream().map(Scenarios::read).toList();
        // Warm up: let the JIT compile the paths before either figure is taken.
        whatIfsPerSecond(analyser, all, Math.max(2, repeats / 4), 2);
        double one = whatIfsPerSecond(analyser, all, repeats, 1);
        double two = whatIfsPerSecond(analyser, all, repeats, 2);
        out.println("### What-if throughput through the API (" + all.size() + " scenarios × " + repeats + ")");
        out.println();
        out.println("| threads | what-ifs per second | vs 1 thread |");
        out.println("|---|---|---|");
        out.printf(Locale.ROOT, "| 1 | %.0f | 1.00× |%n| 2 | %.0f | %.2f× |%n%n", one, two, two / one);
        out.flush();
    }

    private static double whatIfsPerSecond(Analyser analyser, List<Scenario> scenarios, int repeats, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                futures.add(pool.submit(() -> {
                    for (int round = 0; round < repeats / threads; round++) {
                        scenarios.forEach(analyser::whatIf);
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            return (double) scenarios.size() * (repeats / threads) * threads / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Scale: one analysis of synthetic worlds of growing size.

    public void scale(List<Integer> sizes) {
        RuleBook book = RuleBook.load(rules);
        Inference.run(book, SyntheticWorld.of(1_000, kinds));
        out.println("### Scale: one analysis of a synthetic world (insert and fire, median of " + runs + ")");
        out.println();
        out.println("| facts | derived facts | findings | time | peak heap | time growth per doubling |");
        out.println("|---|---|---|---|---|---|");
        double previousTime = Double.NaN;
        int previousSize = 0;
        for (int size : sizes) {
            List<Fact> world = SyntheticWorld.of(size, kinds);
            Inference[] last = new Inference[1];
            resetPeaks();
            double seconds = medianOf(() -> {
                long start = System.nanoTime();
                last[0] = Inference.run(book, world);
                return (System.nanoTime() - start) / 1e9;
            });
            long peak = peakHeap();
            String growth = Double.isNaN(previousTime) ? "" : String.format(Locale.ROOT, "%.2f×",
                    Math.pow(seconds / previousTime, 1 / (Math.log((double) size / previousSize) / Math.log(2))));
            out.printf(Locale.ROOT, "| %,d | %,d | %,d | %.2f s | %,d MB | %s |%n", world.size(),
                    last[0].derivedCount(), last[0].findings().size(), seconds, peak / (1024 * 1024), growth);
            out.flush();
            previousTime = seconds;
            previousSize = size;
        }
        out.println();
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    // ---------------------------------------------------------------------------------------------------------------

    @FunctionalInterface
    interface Timed {
        double seconds() throws Exception;
    }

    private double medianOf(Timed timed) {
        double[] samples = new double[runs];
        for (int run = 0; run < runs; run++) {
            try {
                samples[run] = timed.seconds();
            } catch (Exception e) {
                throw new IllegalStateException("benchmark run failed: " + e.getMessage(), e);
            }
        }
        Arrays.sort(samples);
        return samples[runs / 2];
    }

    /** Runs a process to completion and returns its wall time; fails if it fails. */
    private static double run(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", command));
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static Path ownJar() {
        try {
            Path location = Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(location)) {
                throw new IllegalStateException("run the benchmark from the packaged jar (mvn package first)");
            }
            return location;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteContents(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
