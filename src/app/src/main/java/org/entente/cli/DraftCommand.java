package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.draft.Draft;
import org.entente.draft.DraftWriter;
import org.entente.draft.Drafter;
import org.entente.draft.Scorer;
import org.entente.io.AtomicFile;
import org.entente.io.PathNames;
import org.entente.pack.PackLoader;
import org.entente.pack.RelationKinds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "draft", mixinStandardHelpOptions = true,
        description = "Draft a fact pack from an English article: actors from the gazetteer, relations, positions "
                + "and initiatives from the pattern lexicon (rules/lexicon/), each fact quoting its sentence, with its "
                + "status, attribution, hedges and the pattern that produced it. With --against, score the draft "
                + "against a curated pack of the same article instead.")
final class DraftCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ARTICLE", description = "The article: UTF-8 text, at most 1 MiB.")
    Path article;

    @Option(names = "--imports", paramLabel = "PACK", description = "A pack the draft builds on; facts it holds are "
            + "referred to, not repeated. Repeatable.")
    List<Path> imports = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Write the draft here (whole or not at all) instead "
            + "of to standard output; the article and imports are named relative to it.")
    Path out;

    @Option(names = "--format", description = "yaml or json (default: ${DEFAULT-VALUE}).", defaultValue = "yaml")
    DraftWriter.Format format;

    @Option(names = "--against", paramLabel = "CURATED", description = "Print precision and recall per fact type "
            + "against this curated pack, and the facts only one side has.")
    Path against;

    @Option(names = "--rules", paramLabel = "DIR", description = "The rules folder: its lexicon/ and vocabulary.yaml "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "rules")
    Path rules;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String text = Drafter.read(article);
        List<Path> imported = imports;
        Drafter drafter = Drafter.load(rules);
        RelationKinds kinds = RelationKinds.read(rules);
        Draft draft = drafter.draft(text, PathNames.display(article));
        if (!imported.isEmpty()) {
            draft = draft.without(PackLoader.load(kinds, imported));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (against != null) {
            Scorer.Score score = Scorer.score(draft, PackLoader.load(kinds, List.of(against)), article);
            stdout.printf("Draft of %s against %s%n%n", PathNames.display(article), PathNames.display(against));
            stdout.print(score.table());
            stdout.flush();
            return 0;
        }
        Path folder = (out == null ? Path.of("") : out).toAbsolutePath().normalize();
        folder = out == null ? folder : folder.getParent();
        List<String> importNames = new ArrayList<>();
        for (Path pack : imported) {
            importNames.add(relative(folder, pack));
        }
        String written = DraftWriter.write(draft, "Draft of " + article.getFileName(), relative(folder, article),
                importNames, format);
        if (out != null) {
            AtomicFile.write(out, written);
        } else {
            stdout.print(written);
            stdout.flush();
        }
        return 0;
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
