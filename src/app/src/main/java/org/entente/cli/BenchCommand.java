package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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
        description = "Measure start-up, what-if and sweep speed, scale and threads in one run, side by side with the "
                + "alternatives; prints Markdown tables (docs/performance.md). Run from the packaged jar. "
                + "'bench http-load' load-tests the HTTP service; 'bench draft' times entente draft.")
final class BenchCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--runs", description = "Repetitions per timing; the median is reported (default: ${DEFAULT-VALUE}).",
            defaultValue = "5")
    int runs;

    @Option(names = "--sizes", split = ",", description = "Synthetic world sizes in facts (default: ${DEFAULT-VALUE}).",
            defaultValue = "1000,2000,10000,20000,100000,200000")
    List<Integer> sizes;

    @Option(names = "--only", split = ",", description = "Sections to run: startup, whatif, threads, scale "
            + "(default: all).")
    List<String> only;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Bench bench = new Bench(out, options.rules, options.packs(), runs);
        out.printf("## Entente benchmarks (%s, %d cores, Java %s)%n%n", System.getProperty("os.name"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
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
        out.flush();
        return 0;
    }

    private boolean wanted(String section) {
        return only == null || only.isEmpty() || only.contains(section);
    }
}
