package org.entente.result;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a scenario's findings differ from its baseline's: ids added and removed; ids of findings that hold in both
 * but changed what they are about or rest on (a second member blocking the same initiative); and how many stayed
 * exactly as they were.
 */
public record Diff(List<String> added, List<String> removed, List<String> changed, int unchanged) {

    public Diff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public static Diff between(List<Finding> baseline, List<Finding> scenario) {
        Map<String, Finding> before = baseline.stream().collect(Collectors.toMap(Finding::id, Function.identity()));
        Map<String, Finding> after = scenario.stream().collect(Collectors.toMap(Finding::id, Function.identity()));
        List<String> added = after.keySet().stream().filter(id -> !before.containsKey(id)).sorted().toList();
        List<String> removed = before.keySet().stream().filter(id -> !after.containsKey(id)).sorted().toList();
        List<String> changed = after.keySet().stream().filter(before::containsKey)
                .filter(id -> !sameGrounds(before.get(id), after.get(id))).sorted().toList();
        return new Diff(added, removed, changed, after.size() - added.size() - changed.size());
    }

    private static boolean sameGrounds(Finding before, Finding after) {
        return before.subjects().equals(after.subjects()) && before.because().equals(after.because());
    }
}
