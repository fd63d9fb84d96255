package org.entente.api;

import java.nio.file.Path;
import java.util.List;

/** One analyser of the seed shared by the tests that only read it: compiling the rules takes seconds. */
final class Seed {

    static final Analyser ANALYSER = Analyser.load(Path.of("rules"), List.of(Path.of("seeds", "vilnius-2023.yaml")));

    private Seed() {
    }
}
