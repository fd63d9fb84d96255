package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.engine.RuleBook;
import org.entente.result.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the rule catalogue: every rule's finding id, kind, file and name; with --markdown, the "
                + "finding rules as the table of docs/rules.md (roles drawn, what in a text makes each fire).")
final class RulesCommand implements Callable<Integer> {


    @Option(names = "--rules", paramLabel = "DIR", description = "Folder of .drl rule files (default: ${DEFAULT-VALUE}).",
            defaultValue = "rules")
    Path rules;

    @Mixin
    FormatOption output;

    @Option(names = "--markdown", description = "Print the finding rules as a Markdown table, as docs/rules.md shows them.")
    boolean markdown;

    @Option(names = {"-v", "--verbose"}, description = "Log what the engine does and show stack traces.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RuleBook book = RuleBook.load(rules);
        PrintWriter out = spec.commandLine().getOut();
        if (markdown) {
            out.print(markdownTable(book.catalogue()));
        } else if (output.json()) {
            out.println(Output.json(book.catalogue()));
        } else {
            for (RuleInfo rule : book.catalogue()) {
                out.printf("%-28s %-15s %-26s %s%n", rule.concludesFinding() ? rule.finding() : "-", rule.kindLabel(),
                        rule.file(), rule.name());
            }
        }
        out.flush();
        return 0;
    }

    /**
     * The finding rules, one row each: id, kind, the roles it draws ({@code a ~ b} stand together, {@code a -> b}
     * acts against), what in an article makes it fire, and its file. docs/rules.md holds this table verbatim.
     */
    static String markdownTable(List<RuleInfo> catalogue) {
        StringBuilder table = new StringBuilder("| finding | kind | drawn as | fires when an article says | file |\n"
                + "|---|---|---|---|---|\n");
        catalogue.stream().filter(RuleInfo::concludesFinding)
                .sorted(Comparator.comparing(RuleInfo::kind)
                        .thenComparing(RuleInfo::finding))
                .forEach(rule -> table.append("| `").append(rule.finding()).append("` | ").append(rule.kindLabel())
                        .append(" | ").append(rule.links().isEmpty() ? "its subject, marked" : String.join("; ",
                                rule.links().stream().map(link -> "`" + link.from()
                                        + (link.stand() == RuleInfo.Stand.ALIGNED ? " ~ " : " -> ") + link.to() + "`")
                                        .toList()))
                        .append(" | ").append(cell(rule.pattern())).append(" | `").append(rule.file()).append("` |\n"));
        return table.toString();
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|");
    }
}
