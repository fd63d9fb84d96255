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
import java.util.Map;
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

    /** The goal for what-if, explain and test against analyse, through bin/entente. */
    private static final double COMMAND_GOAL = 1.2;
    /** The goal for the README's first command, warm cache, against the bare runtime-DRL program. */
    private static final double START_GOAL = 0.25;

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
        Path launcher = jar.getParent().getParent().resolve("bin").resolve("entente");
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
        boolean launchable = Files.isExecutable(launcher);
        // bin/entente as the README runs it (it picks the newest JDK it finds), and held to the JDK running this.
        Launch picked = launchable ? launch(launcher, Map.of(), cached) : null;
        Launch same = launchable ? launch(launcher, Map.of("ENTENTE_JAVA", java), cached) : null;

        out.println("### Cold start (whole processes, median of " + runs + ")");
        out.println();
        out.println("| program | wall time | vs bare runtime DRL |");
        out.println("|---|---|---|");
        row("`java -version` (the floor)", floor, bare);
        row("bare Drools program, DRL compiled at run time", bare, bare);
        row("`java -jar target/entente.jar analyse --no-cache` (DRL compiled at run time)", noCache, bare);
        row("`java -jar target/entente.jar analyse`, cold cache (builds and stores the executable model)", coldCache,
                bare);
        row("`java -jar target/entente.jar analyse`, warm cache", warmCache, bare);
        if (launchable) {
            row("`bin/entente analyse`, warm cache, " + picked.describe(), picked.seconds(), bare);
            row("`bin/entente analyse`, warm cache, " + same.describe(), same.seconds(), bare);
            out.println();
            out.printf(Locale.ROOT, "First use of `bin/entente` (builds the archive, then runs): %.2f s with %s, "
                    + "%.2f s with %s.%n", picked.firstUse(), picked.java(), same.firstUse(), same.java());
            out.println();
            for (Launch launch : List.of(picked, same)) {
                double ratio = launch.seconds() / bare;
                out.printf(Locale.ROOT, "`bin/entente analyse` (the README's first command), %s: %.2f× the bare "
                        + "runtime-DRL program (goal: at most %.2f×: %s).%n", launch.java(), ratio, START_GOAL,
                        ratio <= START_GOAL ? "met" : "not met");
            }
            out.printf(Locale.ROOT, "Load average %.1f after the cold starts.%n%n", loadAverage());
            commands(launcher, cache);
        }
        out.println();
        out.flush();
    }

    /** What {@code bin/entente} ran with and how long it took, once its archive was built. */
    private record Launch(String java, boolean archived, double firstUse, double seconds) {

        String describe() {
            return (archived ? "archive" : "no archive") + ", " + java;
        }
    }

    /** Removes bin/entente's launch files and archives, times its first use, then the median of later runs. */
    private Launch launch(Path launcher, Map<String, String> environment, List<String> command)
            throws IOException, InterruptedException {
        Path target = launcher.getParent().getParent().resolve("target");
        for (Path file : launchFiles(target, "launch|aot|jsa")) {
            Files.delete(file);
        }
        List<String> full = concat(List.of(launcher.toString()), command);
        double firstUse = run(full, environment);
        List<Path> written = launchFiles(target, "launch");
        if (written.size() != 1) {
            throw new IllegalStateException("bin/entente wrote " + written.size() + " launch files");
        }
        List<String> lines = Files.readAllLines(written.get(0));
        String java = lines.stream().filter(line -> line.startsWith("java=")).findFirst().orElse("java=?")
                .replaceAll("^java='?|'$", "");
        boolean archived = lines.stream().anyMatch(line -> line.startsWith("share='-"));
        double seconds = medianOf(() -> run(full, environment));
        String release = release(Path.of(java));
        return new Launch(release == null ? java : "Java " + release, archived, firstUse, seconds);
    }

    private static List<Path> launchFiles(Path target, String suffixes) throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().matches("entente.*\\.(" + suffixes + ")"))
                    .toList();
        }
    }

    /** The JDK's version, from its home's release file. */
    private static String release(Path java) throws IOException {
        Path release = java.toRealPath().getParent().getParent().resolve("release");
        if (!Files.isRegularFile(release)) {
            return null;
        }
        return Files.readAllLines(release).stream().filter(line -> line.startsWith("JAVA_VERSION="))
                .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", "")).findFirst().orElse(null);
    }

    /**
     * What the other everyday commands cost against analyse, each through bin/entente as the README runs them. The
     * commands take turns, run after run, so that a change in the machine's load reaches every command alike, and
     * each command's median is taken over its own turns.
     */
    private void commands(Path launcher, Path cache) throws IOException, InterruptedException {
        List<String> common = concat(List.of("--rules", rules.toString(), "--cache", cache.toString(), "--format",
                "json"), packs.stream().flatMap(pack -> Stream.of("--facts", pack.toString())).toList());
        String scenario = Path.of("scenarios", "france-lifts-objection.yaml").toString();
        String finding = "out-of-area-objection:FRA:NATO:nato-asia-office";
        List<String> testing = List.of("--rules", rules.toString(), "--cache", cache.toString());
        List<List<String>> commands = List.of(
                concat(List.of("analyse"), common),
                concat(List.of("what-if", scenario), common),
                concat(List.of("explain", finding), common),
                concat(List.of("test", scenario), testing),
                concat(List.of("test", "scenarios"), testing));
        String[] names = {"`analyse`", "`what-if " + scenario + "`", "`explain " + finding + "`",
                "`test " + scenario + "` (the what-if's scenario, as a test)",
                "`test scenarios` (every scenario file, on every pack they name)"};
        boolean[] held = {false, true, true, true, false};
        out.println("### Everyday commands through `bin/entente` (warm cache, archive, median of " + runs
                + ", the commands taking turns)");
        out.println();
        out.println("| command | wall time | vs analyse | goal: at most " + COMMAND_GOAL + "× | CPU time | vs analyse |");
        out.println("|---|---|---|---|---|---|");
        // The launch files were removed by the runs above: the first run rebuilds the archive, untimed.
        run(concat(List.of(launcher.toString()), commands.get(0)));
        double[][] samples = new double[commands.size()][runs];
        double[][] cpu = new double[commands.size()][runs];
        double before = loadAverage();
        for (int turn = 0; turn < runs; turn++) {
            for (int index = 0; index < commands.size(); index++) {
                double used = childrenCpuSeconds();
                samples[index][turn] = run(concat(List.of(launcher.toString()), commands.get(index)), Map.of(), true);
                cpu[index][turn] = childrenCpuSeconds() - used;
            }
        }
        double analyse = median(samples[0]);
        double analyseCpu = median(cpu[0]);
        for (int index = 0; index < commands.size(); index++) {
            double ratio = median(samples[index]) / analyse;
            out.printf(Locale.ROOT, "| %s | %.2f s | %.2f× | %s | %.2f s | %.2f× |%n", names[index],
                    median(samples[index]), ratio, index == 0 ? "" : !held[index] ? "(not a like-for-like command)"
                            : ratio <= COMMAND_GOAL ? "met" : "not met", median(cpu[index]),
                    median(cpu[index]) / analyseCpu);
        }
        out.printf(Locale.ROOT, "%nLoad average %.1f before these runs, %.1f after. CPU time is the process's user and "
                + "system time, which the machine's load disturbs less than wall time.%n", before, loadAverage());
    }

    /**
     * The CPU time (user and system) of this JVM's children that have ended, from Linux's {@code /proc/self/stat}
     * (in its clock ticks of 1/100 s); NaN where there is none.
     */
    private static double childrenCpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // After the command's name: state is field 3, cutime field 16 and cstime field 17 of proc(5).
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** The machine's load average over the last minute, as {@code uptime} gives it. */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double median(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private void row(String what, double seconds, double baseline) {
        out.printf(Locale.ROOT, "| %s | %.2f s | %.2f× |%n", what, seconds, seconds / baseline);
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
        return run(command, Map.of());
    }

    private static double run(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        return run(command, environment, false);
    }

    /** With {@code anyExit}, a command that reports failures (a scenario test that fails) still counts. */
    private static double run(List<String> command, Map<String, String> environment, boolean anyExit)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || (!anyExit && process.exitValue() != 0)
                || process.exitValue() > 1) {
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
