package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.bench.Bench;
import org.entente.bench.DraftBench;
import org.entente.bench.HttpLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {HttpLoad.class, DraftBench.class},
        description = "Measure start-up, the everyday commands, what-if and sweep speed, threads, scale and the HTTP "
                + "service in one run, side by side with the alternatives and against their goals; prints Markdown "
                + "tables (docs/performance.md). Run from the packaged jar. 'bench http-load' load-tests the HTTP "
                + "service alone, with its options; 'bench draft' times entente draft.")
final class BenchCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--runs", description = "Repetitions per timing; the median is reported (default: ${DEFAULT-VALUE}).",
            defaultValue = "5")
    int runs;

    @Option(names = "--sizes", split = ",", description = "Synthetic world sizes in facts (default: ${DEFAULT-VALUE}).",
            defaultValue = "1000,2000,10000,20000,100000,200000")
    List<Integer> sizes;

    @Option(names = "--only", split = ",", description = "Sections to run: startup, whatif, threads, scale, http "
            + "(default: all).")
    List<String> only;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Bench bench = new Bench(out, options.rules, options.packs(), runs);
        out.printf(Locale.ROOT, "## Entente benchmarks (%s, %d cores, Java %s, load average %.1f at the start)%n%n",
                System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Bench.loadAverage());
        if (wanted("startup")) {
            bench.coldStart();
        }
        if (wanted("whatif")) {
            bench.whatIfs(sizes.stream().filter(size -> size <= 10_000).toList());
        }
        if (wanted("threads")) {
            bench.threads(Path.of("scenarios"), 20);
        }
        if (wanted("scale")) {
            bench.scale(sizes);
        }
        int exitCode = 0;
        if (wanted("http")) {
            out.println("### The service (`bench http-load` with its defaults)");
            out.println();
            exitCode = HttpLoad.measure(out, options.rules, options.packs());
        }
        out.flush();
        return exitCode;
    }

    private boolean wanted(String section) {
        return only == null || only.isEmpty() || only.contains(section);
    }
}
