package org.entente.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.api.Analyser;
import org.entente.result.TimelineStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "List, in date order, the findings that appear and vanish on each day a fact starts or stops "
                + "holding (its validFrom or validUntil).")
final class TimelineCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Analyser analyser = options.analyser();
        List<TimelineStep> steps = analyser.timeline();
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(Output.json(steps));
        } else if (steps.isEmpty()) {
            out.println("No fact of " + String.join(", ", analyser.packs()) + " has a validFrom or validUntil.");
        } else {
            TimelineStep first = steps.get(0);
            out.printf("before %s: %d findings%n", first.day().plusDays(1), first.findings());
            for (TimelineStep step : steps.subList(1, steps.size())) {
                out.printf("%n%s: %d findings%n", step.day(), step.findings());
                step.appeared().forEach(id -> out.println("  + " + id));
                step.vanished().forEach(id -> out.println("  - " + id));
                if (step.appeared().isEmpty() && step.vanished().isEmpty()) {
                    out.println("  (no finding appears or vanishes)");
                }
            }
        }
        out.flush();
        return 0;
    }
}
