package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.api.Analyser;
import org.entente.api.Scenarios;
import org.entente.io.AtomicFile;
import org.entente.report.DotReport;
import org.entente.report.HtmlReport;
import org.entente.report.MarkdownReport;
import org.entente.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Draw the findings as a graph of actors and initiatives, tensions and alignments as edges: a "
                + "self-contained HTML page, a Markdown summary with a Mermaid chart, or Graphviz DOT. With "
                + "--scenario, the diff against the baseline is marked.")
final class ReportCommand implements Callable<Integer> {

    enum ReportFormat { html, markdown, dot }

    @Option(names = "--scenario", paramLabel = "FILE", description = "Report this scenario's world and its diff.")
    Path scenario;

    @Mixin
    CommonOptions options;

    @Option(names = "--format", required = true, description = "html, markdown or dot.")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here (whole or not at all) instead of to "
            + "standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Analyser analyser = options.analyser();
        Report report = scenario == null ? Report.of(analyser) : Report.of(analyser, Scenarios.read(scenario));
        String text = switch (format) {
            case html -> HtmlReport.render(report);
            case markdown -> MarkdownReport.render(report);
            case dot -> DotReport.render(report);
        };
        if (out != null) {
            AtomicFile.write(out, text);
        } else {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(text);
            stdout.flush();
        }
        return 0;
    }
}
