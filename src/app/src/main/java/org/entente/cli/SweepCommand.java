package org.entente.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import org.entente.api.Analyser;
import org.entente.sweep.ChangeKind;
import org.entente.sweep.Outcome;
import org.entente.sweep.SweepReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Evaluate every single-fact change (and with --depth 2 every pair) and report which findings "
                + "each creates or removes; with --target, the minimal change sets that resolve or create a finding.")
final class SweepCommand implements Callable<Integer> {

    @Option(names = "--target", paramLabel = "FINDING-ID|RULE",
            description = "Answer: what would it take to resolve (or create) this finding, or any finding of this rule?")
    String target;

    @Option(names = "--depth", description = "1: single changes; 2: also every pair (default: ${DEFAULT-VALUE}).",
            defaultValue = "1")
    int depth;

    @Option(names = "--changes", split = ",", paramLabel = "KIND",
            description = "Kinds of change: retract (with the facts resting on the one retracted), flip, widen, and "
                    + "assert (every position a member could take on its organisation's initiatives) "
                    + "(default: retract, flip, widen).")
    List<String> kinds;

    @Option(names = "--keep", split = ",", paramLabel = "ID|TYPE",
            description = "Facts (by id) or types (such as Membership,Region) that no change may touch.")
    Set<String> keep = new java.util.TreeSet<>();

    @Mixin
    FormatOption output;

    @Option(names = "--no-progress", description = "Do not report progress on standard error.")
    boolean noProgress;

    @Mixin
    CommonOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (depth != 1 && depth != 2) {
            throw new org.entente.InputError("--depth", "depth is 1 or 2, not " + depth);
        }
        Set<ChangeKind> changeKinds = parseKinds();
        Analyser analyser = options.analyser();
        long total = analyser.sweepSize(changeKinds, keep, depth);
        SweepReport report = analyser.sweep(changeKinds, keep, depth, target, progress(total));
        PrintWriter out = spec.commandLine().getOut();
        out.print(output.json() ? Output.json(report) + "\n" : text(report));
        out.flush();
        return 0;
    }

    private Set<ChangeKind> parseKinds() {
        if (kinds == null || kinds.isEmpty()) {
            // Asserted positions are opt-in: they multiply the pairs of a depth-2 sweep.
            return EnumSet.of(ChangeKind.RETRACT, ChangeKind.FLIP, ChangeKind.WIDEN);
        }
        Set<ChangeKind> parsed = EnumSet.noneOf(ChangeKind.class);
        for (String kind : kinds) {
            try {
                parsed.add(ChangeKind.ofLabel(kind));
            } catch (IllegalArgumentException e) {
                throw new org.entente.InputError("--changes", "unknown kind of change '" + kind
                        + "'; use retract, flip, widen or assert");
            }
        }
        return parsed;
    }

    /** A progress line on standard error, updated every percent, for sweeps long enough to wait for. */
    private LongConsumer progress(long total) {
        PrintWriter err = spec.commandLine().getErr();
        if (noProgress || total < 2_000) {
            return done -> { };
        }
        long step = Math.max(1, total / 100);
        return done -> {
            if (done % step == 0 || done == total) {
                err.printf("\rsweep: %d of %d change sets (%d%%)", done, total, done * 100 / total);
                if (done == total) {
                    err.println();
                }
                err.flush();
            }
        };
    }

    static String text(SweepReport report) {
        StringBuilder text = new StringBuilder();
        text.append("Sweep: %d single changes, depth %d, %d change sets evaluated in %.2f s on one live session; "
                .formatted(report.changes(), report.depth(), report.evaluations(), report.seconds()))
                .append("%d findings in the baseline%n".formatted(report.findings()));
        if (!report.skipped().isEmpty()) {
            text.append("%nSkipped (%d):%n".formatted(report.skipped().size()));
            report.skipped().forEach(reason -> text.append("  ").append(reason).append('\n'));
        }
        if (report.target() != null) {
            text.append("%nTo %s %s:%n".formatted(report.target().goal(), report.target().target()));
            if (report.target().minimal().isEmpty()) {
                text.append("  no change set of this depth does it\n");
            }
            int rank = 1;
            for (Outcome outcome : report.target().minimal()) {
                text.append("  %d. %s%n".formatted(rank++, String.join(" + ", outcome.changes())));
                appendEffects(text, outcome, "       ");
            }
            return text.toString();
        }
        text.append("%nChanges that alter findings (%d):%n".formatted(report.outcomes().size()));
        for (Outcome outcome : report.outcomes()) {
            text.append("  ").append(String.join(" + ", outcome.changes())).append('\n');
            appendEffects(text, outcome, "      ");
        }
        return text.toString();
    }

    private static void appendEffects(StringBuilder text, Outcome outcome, String indent) {
        outcome.removed().forEach(id -> text.append(indent).append("- ").append(id).append('\n'));
        outcome.added().forEach(id -> text.append(indent).append("+ ").append(id).append('\n'));
    }
}
