package org.entente.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.entente.api.Analyser;
import org.entente.result.Analysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "analyse", aliases = "analyze", mixinStandardHelpOptions = true,
        description = "Run the rules over the fact packs and report tensions, alignments and inconsistencies, "
                + "each with the article quotes behind it.")
final class AnalyseCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Analysis analysis = options.analyser().analyse();
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(Output.json(analysis));
        } else {
            out.print(TextReport.of(analysis));
        }
        out.flush();
        return 0;
    }
}
