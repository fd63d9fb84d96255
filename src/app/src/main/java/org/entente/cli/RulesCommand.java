package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.engine.RuleBook;
import org.entente.result.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the rule catalogue: every rule's finding id, kind, file and name.")
final class RulesCommand implements Callable<Integer> {

    @Option(names = "--rules", paramLabel = "DIR", description = "Folder of .drl rule files (default: ${DEFAULT-VALUE}).",
            defaultValue = "rules")
    Path rules;

    @Mixin
    FormatOption output;

    @Option(names = {"-v", "--verbose"}, description = "Log what the engine does and show stack traces.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RuleBook book = RuleBook.load(rules);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(Output.json(book.catalogue()));
        } else {
            for (RuleInfo rule : book.catalogue()) {
                out.printf("%-28s %-15s %-26s %s%n", rule.concludesFinding() ? rule.finding() : "-", rule.kind(),
                        rule.file(), rule.name());
            }
        }
        out.flush();
        return 0;
    }
}
