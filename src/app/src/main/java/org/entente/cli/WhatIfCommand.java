package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.api.Analyser;
import org.entente.api.Scenarios;
import org.entente.result.Finding;
import org.entente.result.WhatIf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "what-if", mixinStandardHelpOptions = true,
        description = "Apply each scenario to its baseline and report its findings and what changed: findings added, "
                + "removed, and unchanged.")
final class WhatIfCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Scenario files (YAML or JSON).")
    List<Path> files;

    @Mixin
    CommonOptions options;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Analyser analyser = options.analyser();
        List<WhatIf> results = new ArrayList<>();
        for (Path file : files) {
            results.add(analyser.whatIf(Scenarios.read(file)));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(Output.json(results.size() == 1 ? results.get(0) : results));
        } else {
            results.forEach(result -> out.print(text(result)));
        }
        out.flush();
        return 0;
    }

    static String text(WhatIf result) {
        StringBuilder text = new StringBuilder();
        text.append("Scenario: %s (%s, %d change%s)%n".formatted(result.scenario().name(), result.scenario().file(),
                result.scenario().changes(), result.scenario().changes() == 1 ? "" : "s"));
        if (result.scenario().description() != null) {
            text.append("  ").append(result.scenario().description().strip()).append('\n');
        }
        text.append("Diff against the baseline: %d added, %d removed, %d changed, %d unchanged%n".formatted(
                result.diff().added().size(), result.diff().removed().size(), result.diff().changed().size(),
                result.diff().unchanged()));
        result.diff().changed().forEach(id -> text.append("  changed (subjects or grounds): ").append(id).append('\n'));
        text.append("%nADDED (%d)%n".formatted(result.added().size()));
        if (result.added().isEmpty()) {
            text.append("  none\n");
        }
        result.added().forEach(finding -> TextReport.appendFinding(text, finding));
        text.append("%nREMOVED (%d)%n".formatted(result.removed().size()));
        if (result.removed().isEmpty()) {
            text.append("  none\n");
        }
        for (Finding finding : result.removed()) {
            text.append("%n  * %s%n    rule: %s   id: %s%n".formatted(finding.summary(), finding.rule(), finding.id()));
        }
        text.append("\nALL FINDINGS OF THE SCENARIO\n");
        text.append(TextReport.of(new org.entente.result.Analysis(result.facts(), result.rules(), result.findings())));
        text.append('\n');
        return text.toString();
    }
}
