package org.entente.result;

import java.util.List;
import java.util.Map;

/**
 * One scenario run as a test: the failed expectations (empty when it passed), or the input error that stopped it.
 *
 * @param firings how often each rule fired in the scenario's world, by rule name (empty when it could not run)
 */
public record ScenarioResult(String name, String file, WhatIf whatIf, List<String> failures, String error,
                             Map<String, Long> firings, double seconds) {

    public ScenarioResult {
        failures = List.copyOf(failures);
        firings = Map.copyOf(firings);
    }

    public boolean passed() {
        return error == null && failures.isEmpty();
    }
}
