package org.entente.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.api.Analyser;
import org.entente.result.Analysis;
import org.entente.result.Finding;
import org.entente.result.FindingKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "analyse", aliases = "analyze", mixinStandardHelpOptions = true,
        description = "Run the rules over the fact packs and report tensions, alignments and inconsistencies, "
                + "each with the article quotes behind it.")
final class AnalyseCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    /** markdown is the findings table with confidence that docs/findings.md shows for each article. */
    enum AnalysisFormat { text, json, markdown }

    @Option(names = "--format", description = "text, json or markdown (default: ${DEFAULT-VALUE}).",
            defaultValue = "text")
    AnalysisFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Analysis analysis = options.analyser().analyse();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(Output.json(analysis));
            case markdown -> out.print(table(analysis));
            case text -> out.print(TextReport.of(analysis));
        }
        out.flush();
        return 0;
    }

    /** One row per finding, tensions first: what it says, how firmly, which facts hold it down, which rule. */
    static String table(Analysis analysis) {
        StringBuilder md = new StringBuilder("| kind | finding | confidence | weakest support | rule |\n|---|---|---|---|---|\n");
        for (FindingKind kind : FindingKind.values()) {
            for (Finding finding : analysis.findingsOfKind(kind)) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %s | `%s` |%n", kind.label(), RulesCommand.cell(finding.summary()),
                        finding.confidence(), String.join(", ", finding.weakest().stream().map(id -> "`" + id + "`")
                                .toList()), finding.rule()));
            }
        }
        return md.toString();
    }
}
