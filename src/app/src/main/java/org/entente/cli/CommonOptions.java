package org.entente.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.InputError;
import org.entente.api.Analyser;
import org.entente.engine.RuleCache;
import org.entente.pack.Dates;
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

    @Option(names = "--as-of", paramLabel = "DATE", description = "See the world on this day (YYYY-MM-DD): facts "
            + "whose validFrom/validUntil leave it out are not used (default: the packs' asOf, else their article's "
            + "date).")
    String asOf;

    @Option(names = "--time-budget", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long one run of the rules may take before it is stopped, naming the rule in progress "
                    + "(default: ${DEFAULT-VALUE}).")
    double timeBudget;

    /** The analyser these options describe: rules (cached unless --no-cache) over the packs, on --as-of. */
    Analyser analyser() {
        LocalDate day = asOf == null ? null : Dates.parse(asOf, "--as-of");
        Path folder = cacheFolder();
        Analyser analyser = folder == null ? Analyser.load(rules, packs()) : Analyser.load(rules, packs(), folder);
        analyser = analyser.withRunBudget(runBudget());
        return day == null ? analyser : analyser.asOf(day);
    }

    /** Where compiled rules are kept: --cache, else the default folder; null with --no-cache. */
    Path cacheFolder() {
        if (noCache) {
            return null;
        }
        return cache != null ? cache : RuleCache.defaultFolder();
    }

    Duration runBudget() {
        return seconds(timeBudget, "--time-budget");
    }

    /** A time budget given in seconds, as options take them. */
    static Duration seconds(double seconds, String option) {
        if (!(seconds > 0) || seconds > 86_400) {
            throw new InputError(option, "a time budget is a number of seconds above 0 and at most a day, not "
                    + seconds);
        }
        return Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
    }

    List<Path> packs() {
        return facts.isEmpty() ? List.of(DEFAULT_PACK) : facts;
    }
}
