package org.entente;

import java.nio.file.Path;
import java.util.List;
import org.entente.api.Analyser;
import org.entente.engine.RuleBook;
import org.entente.engine.RuleCache;
import org.entente.testing.RuleVerifier;

/**
 * The one compiled form of rules/ that the tests share. Everything goes through the rule cache (the build points
 * {@code entente.cache} at {@code target/rule-cache}), so the tests run the executable model the CLI ships; the rules
 * are compiled once per build, loaded from the cache by the later test JVMs (the packaged-jar tests), and each
 * further load in the same JVM reuses the rules already in memory. Compiling per test class cost minutes.
 */
public final class TestRules {

    public static final Path FOLDER = Path.of("rules");
    public static final Path SEED = Path.of("seeds", "vilnius-2023.yaml");

    private TestRules() {
    }

    public static Path cacheFolder() {
        return RuleCache.defaultFolder();
    }

    public static RuleBook book() {
        return RuleBook.load(FOLDER, RuleCache.at(cacheFolder()));
    }

    /** Rule tests check the executable model and, beside it, that compiled DRL derives the same. */
    public static RuleVerifier verifier() {
        return RuleVerifier.forRules(FOLDER, cacheFolder());
    }

    public static Analyser analyser(List<Path> packs) {
        return Analyser.load(FOLDER, packs, cacheFolder());
    }

    public static Analyser seedAnalyser() {
        return analyser(List.of(SEED));
    }

    /**
     * Points a process the test starts (the packaged jar) at the tests' cache: it finds the rules the unit tests
     * compiled, since the cache keys the jar's classes alike with the build's, and leaves the home folder alone.
     */
    public static ProcessBuilder sharingTheCache(ProcessBuilder process) {
        process.environment().put("ENTENTE_CACHE", cacheFolder().toAbsolutePath().toString());
        return process;
    }
}
