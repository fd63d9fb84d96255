package org.entente.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.api.Analyser;
import org.entente.engine.RuleCache;
import picocli.CommandLine.Option;

/** Where rules and facts come from, and how loud to be: shared by every command that analyses. */
public final class CommonOptions {

    public static final Path DEFAULT_RULES = Path.of("rules");
    public static final Path DEFAULT_PACK = Path.of("seeds", "vilnius-2023.yaml");

    @Option(names = "--rules", paramLabel = "DIR", description = "Folder of .drl rule files (default: ${DEFAULT-VALUE}).",
            defaultValue = "rules")
    Path rules;

    @Option(names = "--facts", paramLabel = "FILE", description = "Fact pack (YAML); repeat to merge packs "
            + "(default: seeds/vilnius-2023.yaml).")
    List<Path> facts = new ArrayList<>();

    @Option(names = {"-v", "--verbose"}, description = "Log what the engine does and show stack traces.")
    boolean verbose;

    @Option(names = "--cache", paramLabel = "DIR", description = "Where compiled rules are kept between runs "
            + "(default: $ENTENTE_CACHE, else ~/.cache/entente).")
    Path cache;

    @Option(names = "--no-cache", description = "Compile the rules from DRL on every run; keep nothing.")
    boolean noCache;

    /** The analyser these options describe: rules (cached unless --no-cache) over the packs. */
    Analyser analyser() {
        if (noCache) {
            return Analyser.load(rules, packs());
        }
        return Analyser.load(rules, packs(), cache != null ? cache : RuleCache.defaultFolder());
    }

    List<Path> packs() {
        return facts.isEmpty() ? List.of(DEFAULT_PACK) : facts;
    }
}
