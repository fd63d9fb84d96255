package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.InputError;
import org.entente.draft.Scorer;
import org.entente.io.PathNames;
import org.entente.pack.FactPack;
import org.entente.pack.PackLoader;
import org.entente.pack.RelationKinds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Two analysts' packs of one article, scored as a draft is scored against a curated pack: the agreement between
 * two readings, and so the ceiling a drafter can be expected to reach against either.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Score one curated pack against another of the same article, fact type by fact type, as "
                + "'draft --against' scores a draft: how far two readings agree, and the facts only one has.")
final class CompareCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PACK", description = "The pack scored (it takes the draft's side of the table).")
    Path pack;

    @Option(names = "--against", paramLabel = "CURATED", required = true,
            description = "The pack it is scored against.")
    Path against;

    @Option(names = "--rules", paramLabel = "DIR", description = "The rules folder whose vocabulary.yaml the packs "
            + "are read with (default: ${DEFAULT-VALUE}).", defaultValue = "rules")
    Path rules;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RelationKinds kinds = RelationKinds.read(rules);
        FactPack compared = PackLoader.load(kinds, List.of(pack));
        FactPack curated = PackLoader.load(kinds, List.of(against));
        Path article = Scorer.articleOf(compared).orElseThrow(() -> new InputError(PathNames.display(pack),
                "no fact quotes an article, so there is nothing to compare"));
        Path other = Scorer.articleOf(curated).orElseThrow(() -> new InputError(PathNames.display(against),
                "no fact quotes an article, so there is nothing to compare"));
        if (!sameText(article, other)) {
            throw new InputError(PathNames.display(against), "quotes %s, not the text of %s that %s quotes: compare two packs of one "
                    .formatted(PathNames.display(other), PathNames.display(article), PathNames.display(pack))
                    + "article");
        }
        Scorer.Score score = Scorer.score(compared, article, curated, other);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("%s against %s, both of %s%n%n", PathNames.display(pack), PathNames.display(against),
                PathNames.display(article));
        stdout.print(score.table("first pack", "compared"));
        stdout.flush();
        return 0;
    }

    /** One article, or two copies of it: analysts may each keep the text beside their pack. */
    private static boolean sameText(Path one, Path other) {
        try {
            return one.equals(other) || Files.mismatch(one, other) == -1;
        } catch (IOException unreadable) {
            throw new InputError(PathNames.display(other), "cannot be read: " + unreadable.getMessage());
        }
    }
}
