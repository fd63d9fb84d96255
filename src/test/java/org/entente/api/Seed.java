package org.entente.api;

import org.entente.TestRules;

/** One analyser of the seed shared by the tests that only read it: compiling the rules takes seconds. */
final class Seed {

    static final Analyser ANALYSER = TestRules.seedAnalyser();

    private Seed() {
    }
}
