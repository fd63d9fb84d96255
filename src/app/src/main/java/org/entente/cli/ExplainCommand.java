package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.entente.api.Analyser;
import org.entente.api.Scenarios;
import org.entente.report.Report;
import org.entente.result.Explanation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show why a finding holds: the rule, the facts it matched, derived facts expanded down to base "
                + "facts, and each base fact's quote, reference, or the scenario that assumed it.")
final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FINDING-ID", description = "A finding id, as analyse prints it.")
    String findingId;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Explain the finding in this scenario's world.")
    Path scenario;

    @Mixin
    CommonOptions options;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Analyser analyser = options.analyser();
        Explanation explanation = scenario == null ? analyser.explain(findingId)
                : analyser.explain(findingId, Scenarios.read(scenario));
        PrintWriter out = spec.commandLine().getOut();
        out.print(output.json() ? Output.json(explanation) + "\n" : tree(explanation));
        out.flush();
        return 0;
    }

    static String tree(Explanation finding) {
        StringBuilder text = new StringBuilder();
        text.append("%s  [%s]%n".formatted(finding.id(), finding.type()));
        text.append("%s%n".formatted(finding.text()));
        text.append("rule \"%s\" (%s)%n".formatted(finding.rule(), finding.file()));
        appendChildren(text, finding.because(), "");
        return text.toString();
    }

    private static void appendChildren(StringBuilder text, List<Explanation> children, String indent) {
        for (int index = 0; index < children.size(); index++) {
            boolean last = index == children.size() - 1;
            Explanation child = children.get(index);
            text.append(indent).append(last ? "└── " : "├── ")
                    .append("%s  [%s] %s%n".formatted(child.id(), child.type(), child.text()));
            String inner = indent + (last ? "    " : "│   ");
            Report.sources(child.evidence()).forEach(source -> text.append(inner).append("    ")
                    .append(TextReport.describe(source))
                    .append(source.notes().stream().map(note -> " [note: " + note + "]").collect(Collectors.joining()))
                    .append('\n'));
            appendChildren(text, child.because(), inner);
        }
    }
}
