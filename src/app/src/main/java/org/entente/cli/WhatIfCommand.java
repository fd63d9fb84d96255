package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.entente.api.Analyser;
import org.entente.api.Scenario;
import org.entente.api.Scenarios;
import org.entente.api.World;
import org.entente.result.Diff;
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
        List<Function<String, String>> names = new ArrayList<>();
        for (Path file : files) {
            Scenario scenario = Scenarios.read(file);
            results.add(analyser.whatIf(scenario));
            World world = analyser.world(scenario);
            World baseline = analyser.world();
            names.add(id -> world.fact(id).isPresent() ? world.nameOf(id) : baseline.nameOf(id));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(Output.json(results.size() == 1 ? results.get(0) : results));
        } else {
            for (int index = 0; index < results.size(); index++) {
                out.print(text(results.get(index), names.get(index)));
            }
        }
        out.flush();
        return 0;
    }

    /** The text report of one scenario; {@code names} names the facts of its world, or of its baseline. */
    static String text(WhatIf result, Function<String, String> names) {
        StringBuilder text = new StringBuilder();
        text.append("Scenario: %s (%s, %d change%s)%n".formatted(result.scenario().name(), result.scenario().file(),
                result.scenario().changes(), result.scenario().changes() == 1 ? "" : "s"));
        if (result.scenario().description() != null) {
            text.append("  ").append(result.scenario().description().strip()).append('\n');
        }
        text.append("Diff against the baseline: %d added, %d removed, %d changed, %d unchanged%n".formatted(
                result.diff().added().size(), result.diff().removed().size(), result.diff().changed().size(),
                result.diff().unchanged()));
        for (Diff.Change change : result.diff().changed()) {
            text.append("  changed: ").append(change.id()).append('\n');
            change.roles().forEach(role -> text.append("    ").append(role.role()).append(": ")
                    .append(list(role.before(), names)).append(" \u2192 ").append(list(role.after(), names))
                    .append('\n'));
            if (!change.groundsAdded().isEmpty()) {
                text.append("    now also rests on: ").append(String.join(", ", change.groundsAdded())).append('\n');
            }
            if (!change.groundsRemoved().isEmpty()) {
                text.append("    no longer rests on: ").append(String.join(", ", change.groundsRemoved())).append('\n');
            }
            text.append("    before: ").append(change.before()).append('\n');
            text.append("    after:  ").append(change.after()).append('\n');
        }
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

    private static String list(List<String> ids, Function<String, String> names) {
        List<String> named = ids.stream().map(names).toList();
        if (named.size() <= 1) {
            return named.isEmpty() ? "none" : named.get(0);
        }
        return String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
    }
}
