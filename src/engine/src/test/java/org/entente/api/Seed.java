package org.entente.api;

import java.nio.file.Path;
import java.util.List;
import org.entente.engine.RuleCache;

/** One analyser of the seed shared by the tests that only read it, its rules loaded through the tests' cache. */
final class Seed {

    static final Analyser ANALYSER = Analyser.load(Path.of("rules"), List.of(Path.of("seeds", "vilnius-2023.yaml")),
            RuleCache.defaultFolder());

    private Seed() {
    }
}
