package org.entente.scenario;

import java.nio.file.Path;
import java.util.List;
import org.entente.InputError;
import org.entente.api.Analyser;
import org.entente.api.Scenarios;
import org.entente.engine.RuleCache;
import org.entente.result.WhatIf;

/** Scenarios written in a test, run on the seed pack as {@code what-if.yaml}, so errors name its lines. */
final class SeedWhatIfs {

    static final Analyser ANALYSER = Analyser.load(Path.of("rules"), List.of(Path.of("seeds", "vilnius-2023.yaml")),
            RuleCache.defaultFolder());

    private SeedWhatIfs() {
    }

    static WhatIf run(String yaml) {
        return ANALYSER.whatIf(Scenarios.parse("what-if.yaml", yaml));
    }

    /** The error the scenario is refused with; fails when it is not refused. */
    static InputError error(String yaml) {
        try {
            run(yaml);
        } catch (InputError error) {
            return error;
        }
        throw new AssertionError("expected the scenario to be refused");
    }
}
