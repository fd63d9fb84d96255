package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.InputError;
import org.entente.api.Analyser;
import org.entente.api.Scenario;
import org.entente.api.Scenarios;
import org.entente.result.ScenarioResult;
import org.entente.scenario.Coverage;
import org.entente.scenario.JUnitXml;
import org.entente.scenario.ScenarioFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run every scenario that has 'expect' as a test: one line per scenario, then 'N passed, N failed'. "
                + "A scenario without 'expect' is still applied and skipped only when it runs. Exits 1 when any "
                + "fails or cannot run.")
final class TestCommand implements Callable<Integer> {

    /** Exit code when a scenario's expectations fail. */
    static final int FAILED = 1;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Scenario files or folders (default: scenarios).")
    List<Path> paths = new ArrayList<>();

    @Mixin
    CommonOptions options;

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "Also write a JUnit XML report for CI servers.")
    Path junitXml;

    @Option(names = "--coverage", description = "List every rule with how many scenarios fired, added and removed it, "
            + "and flag the rules no scenario exercises.")
    boolean coverage;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Analyser analyser = options.analyser();
        PrintWriter out = spec.commandLine().getOut();
        List<ScenarioResult> results = new ArrayList<>();
        List<ScenarioResult> skipped = new ArrayList<>();
        List<Path> files = ScenarioFiles.find(paths.isEmpty() ? List.of(Path.of("scenarios")) : paths);
        // With --coverage each scenario runs on a fresh session of its own (its coverage counts every firing in its
        // world); without, on the analyser's pooled sessions. Either way they run side by side, one per core, and are
        // reported in file order as each is done.
        ExecutorService cores = Executors.newFixedThreadPool(Math.min(Math.max(1, files.size()),
                Runtime.getRuntime().availableProcessors()), daemon -> {
                    Thread thread = new Thread(daemon, "entente-test");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<Future<Run>> runs = new ArrayList<>();
            for (Path file : files) {
                runs.add(cores.submit(() -> run(analyser, file, coverage)));
            }
            for (Future<Run> pending : runs) {
                Run run = done(pending);
                if (!run.isTest() && run.result().error() == null) {
                    out.printf("SKIP  %s (%s): no expect%n", run.result().name(), run.result().file());
                    skipped.add(run.result());
                    continue;
                }
                results.add(run.result());
                print(out, run.result());
            }
        } finally {
            cores.shutdownNow();
        }
        if (junitXml != null) {
            JUnitXml.write(junitXml, results, skipped);
        }
        if (coverage) {
            printCoverage(out, Coverage.of(analyser.rules(), results));
        }
        long passed = results.stream().filter(ScenarioResult::passed).count();
        out.printf("%d passed, %d failed%s%n", passed, results.size() - passed,
                skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped");
        out.flush();
        return passed == results.size() ? 0 : FAILED;
    }

    private record Run(ScenarioResult result, boolean isTest) {
    }

    private static Run run(Analyser analyser, Path file, boolean countFirings) {
        try {
            Scenario scenario = Scenarios.read(file);
            // A scenario without expect still runs: one that cannot load or apply must not pass as a skip.
            return new Run(analyser.test(scenario, countFirings), scenario.isTest());
        } catch (InputError error) {
            return new Run(new ScenarioResult(null, org.entente.io.PathNames.display(file), null, List.of(),
                    error.oneLine(), java.util.Map.of(), 0), true);
        }
    }

    /** A scenario's run; what it threw beyond an input error is thrown here, as if it had run on this thread. */
    private static Run done(Future<Run> pending) {
        try {
            return pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the scenarios ran", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void print(PrintWriter out, ScenarioResult result) {
        String name = result.name() == null ? "" : result.name() + " ";
        if (result.error() != null) {
            out.printf("ERROR %s(%s)%n      %s%n", name, result.file(), result.error());
        } else if (result.passed()) {
            out.printf("PASS  %s(%s)%n", name, result.file());
        } else {
            out.printf("FAIL  %s(%s)%n", name, result.file());
            result.failures().forEach(failure -> out.printf("      %s%n", failure));
        }
    }

    private static void printCoverage(PrintWriter out, Coverage coverage) {
        out.printf("%nRule coverage (fired: scenarios whose world fired the rule; added/removed: scenarios whose diff "
                + "added or removed one of its findings)%n");
        for (Coverage.Line line : coverage.lines()) {
            String id = line.rule().concludesFinding() ? line.rule().finding() : "(classification)";
            out.printf("  %-28s fired %3d  added %3d  removed %3d  %s  %s%n", id, line.fired(), line.added(),
                    line.removed(), line.exercised() ? "ok  " : "GAP ", line.exercised() ? line.rule().name()
                            : line.rule().name() + ": " + line.gap());
        }
        List<Coverage.Line> gaps = coverage.unexercised();
        out.printf("%s%n%n", gaps.isEmpty() ? "Every rule is exercised." : gaps.size() + " rule(s) not exercised.");
    }
}
