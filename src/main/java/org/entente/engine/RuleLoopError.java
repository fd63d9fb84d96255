package org.entente.engine;

import org.entente.InputError;

/** A rule kept firing past the cap: almost always a rule whose consequence re-enables itself. */
public final class RuleLoopError {

    private RuleLoopError() {
    }

    static InputError of(String file, String rule, long firings, long cap) {
        return new InputError(file + " rule \"" + rule + "\"", "kept firing (%d of %d firings before the cap stopped it);"
                .formatted(firings, cap) + " its consequence probably re-enables it");
    }
}
