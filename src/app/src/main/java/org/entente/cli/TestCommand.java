package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
        for (Path file : ScenarioFiles.find(paths.isEmpty() ? List.of(Path.of("scenarios")) : paths)) {
            ScenarioResult result;
            boolean isTest = true;
            try {
                Scenario scenario = Scenarios.read(file);
                isTest = scenario.isTest();
                // A scenario without expect still runs: one that cannot load or apply must not pass as a skip.
                result = analyser.test(scenario);
            } catch (InputError error) {
                result = new ScenarioResult(null, org.entente.io.PathNames.display(file), null, List.of(),
                        error.oneLine(), java.util.Map.of(), 0);
            }
            if (!isTest && result.error() == null) {
                out.printf("SKIP  %s (%s): no expect%n", result.name(), result.file());
                skipped.add(result);
                continue;
            }
            results.add(result);
            print(out, result);
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
