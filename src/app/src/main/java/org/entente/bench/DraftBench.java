package org.entente.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.draft.Drafter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "draft", mixinStandardHelpOptions = true,
        description = "Time entente draft: reading the models and lexicon once, then drafting each article warm "
                + "(after warm-up drafts), as milliseconds per 1,000 words; prints a Markdown table.")
public final class DraftBench implements Callable<Integer> {

    @Parameters(paramLabel = "ARTICLE", arity = "0..*", description = "Articles to draft (default: the seed article).")
    List<Path> articles = new ArrayList<>(List.of(Path.of("seeds", "000_53dffffe28bbb940.txt")));

    @Option(names = "--rules", paramLabel = "DIR", description = "The rules folder with lexicon/ (default: "
            + "${DEFAULT-VALUE}).", defaultValue = "rules")
    Path rules;

    @Option(names = "--warm-up", description = "Drafts of each article not measured (default: ${DEFAULT-VALUE}).",
            defaultValue = "10")
    int warmUp;

    @Option(names = "--runs", description = "Measured drafts of each article; the median is reported (default: "
            + "${DEFAULT-VALUE}).", defaultValue = "20")
    int runs;

    @Spec
    CommandSpec spec;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long loadStart = System.nanoTime();
        Drafter drafter = Drafter.load(rules);
        double loadMillis = (System.nanoTime() - loadStart) / 1e6;
        out.printf("## entente draft (%d cores, Java %s)%n%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        out.printf("Models and lexicon read once in %.0f ms.%n%n", loadMillis);
        out.println("CPU time is the drafting thread's own, so a busy machine slows the wall clock but not it.");
        out.println();
        out.println("| article | words | first draft (ms) | warm median (ms) | warm ms per 1,000 words | warm CPU ms per "
                + "1,000 words |");
        out.println("|---|---:|---:|---:|---:|---:|");
        for (Path article : articles) {
            String text = Drafter.read(article);
            int words = text.split("\\s+").length;
            long first = System.nanoTime();
            drafter.draft(text, article.toString());
            double firstMillis = (System.nanoTime() - first) / 1e6;
            for (int i = 0; i < warmUp; i++) {
                drafter.draft(text, article.toString());
            }
            double[] times = new double[runs];
            double[] cpu = new double[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                drafter.draft(text, article.toString());
                cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                times[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(times);
            Arrays.sort(cpu);
            double median = times[runs / 2];
            out.printf("| %s | %d | %.0f | %.1f | %.1f | %.1f |%n", article, words, firstMillis, median,
                    median * 1000 / words, cpu[runs / 2] * 1000 / words);
        }
        out.flush();
        return 0;
    }
}
