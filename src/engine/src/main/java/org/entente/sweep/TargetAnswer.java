package org.entente.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "What would it take to resolve (or create) this?" for a finding id or a rule id: the minimal change sets,
 * ranked. A pair is minimal when neither of its changes does it alone.
 *
 * @param goal {@code resolve} when the target holds in the baseline, {@code create} when it does not
 */
public record TargetAnswer(String target, String goal, List<Outcome> minimal) {

    public TargetAnswer {
        minimal = List.copyOf(minimal);
    }

    static TargetAnswer of(String target, Set<String> baseline, Set<String> rules, List<Outcome> singles,
                           List<Outcome> pairs) {
        boolean rule = rules.contains(target);
        boolean holds = baseline.stream().anyMatch(id -> rule ? Sweep.matches(id, target) : id.equals(target));
        List<Outcome> minimal = new ArrayList<>(singles.stream().filter(outcome -> achieves(outcome, target, holds))
                .toList());
        Set<String> alone = new java.util.HashSet<>();
        minimal.forEach(outcome -> alone.addAll(outcome.changes()));
        pairs.stream().filter(outcome -> achieves(outcome, target, holds))
                .filter(outcome -> outcome.changes().stream().noneMatch(alone::contains))
                .forEach(minimal::add);
        minimal.sort(Sweep.ranking(target));
        return new TargetAnswer(target, holds ? "resolve" : "create", minimal);
    }

    private static boolean achieves(Outcome outcome, String target, boolean holds) {
        List<String> side = holds ? outcome.removed() : outcome.added();
        return side.stream().anyMatch(id -> Sweep.matches(id, target));
    }
}
