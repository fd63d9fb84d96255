package org.entente.api;

import java.util.List;

/** How a scenario's findings differ from its baseline's: ids added and removed, and how many stayed. */
public record Diff(List<String> added, List<String> removed, int unchanged) {

    public Diff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    public static Diff between(List<Finding> baseline, List<Finding> scenario) {
        List<String> before = baseline.stream().map(Finding::id).toList();
        List<String> after = scenario.stream().map(Finding::id).toList();
        List<String> added = after.stream().filter(id -> !before.contains(id)).sorted().toList();
        List<String> removed = before.stream().filter(id -> !after.contains(id)).sorted().toList();
        return new Diff(added, removed, after.size() - added.size());
    }
}
