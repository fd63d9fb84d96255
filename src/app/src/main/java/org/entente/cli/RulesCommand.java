package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.engine.RuleBook;
import org.entente.result.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the rule catalogue: every rule's finding id, kind, file and name; as markdown also the roles "
                + "each finding rule draws and what in a text makes it fire.")
final class RulesCommand implements Callable<Integer> {


    @Option(names = "--rules", paramLabel = "DIR", description = "Folder of .drl rule files (default: ${DEFAULT-VALUE}).",
            defaultValue = "rules")
    Path rules;

    /** The catalogue's formats: markdown is the table docs/rules.md shows. */
    enum CatalogueFormat { text, json, markdown }

    @Option(names = "--format", description = "text, json or markdown (default: ${DEFAULT-VALUE}).",
            defaultValue = "text")
    CatalogueFormat format;


    @Option(names = {"-v", "--verbose"}, description = "Log what the engine does and show stack traces.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RuleBook book = RuleBook.load(rules);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(Output.json(book.catalogue()));
            case markdown -> {
                out.println("| file | rule | kind | finding | drawn as | fires when an article says |");
                out.println("|---|---|---|---|---|---|");
                for (RuleInfo rule : book.catalogue()) {
                    out.printf("| `%s` | %s | %s | %s | %s | %s |%n", rule.file(), cell(rule.name()), rule.kindLabel(),
                            rule.concludesFinding() ? "`" + rule.finding() + "`" : "", drawnAs(rule),
                            rule.pattern() == null ? "" : cell(rule.pattern()));
                }
            }
            case text -> {
                for (RuleInfo rule : book.catalogue()) {
                    out.printf("%-28s %-15s %-26s %s%n", rule.concludesFinding() ? rule.finding() : "-", rule.kindLabel(),
                            rule.file(), rule.name());
                }
            }
        }
        out.flush();
        return 0;
    }

    /** {@code member -> initiative; a ~ b}: how a finding rule draws its roles; empty for a classifying rule. */
    private static String drawnAs(RuleInfo rule) {
        return String.join("; ", rule.links().stream().map(link -> "`" + link.from()
                + (link.stand() == RuleInfo.Stand.ALIGNED ? " ~ " : " -> ") + link.to() + "`").toList());
    }

    /** Text for a Markdown table cell: a pipe would end the cell. */
    static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
