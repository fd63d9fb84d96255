package org.entente.result;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a scenario's findings differ from its baseline's: ids added and removed; findings that hold in both but
 * changed what they are about or rest on (a second member blocking the same initiative), each with its before and
 * after; and how many stayed exactly as they were.
 */
public record Diff(List<String> added, List<String> removed, List<Change> changed, int unchanged) {

    public Diff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /**
     * A finding that holds before and after with other subjects or grounds.
     *
     * @param before         the baseline's sentence
     * @param after          the scenario's sentence
     * @param roles          each role whose subjects differ, with both lists ({@code blockers: [FRA] -> [FRA, HUN]})
     * @param groundsAdded   base facts it rests on only in the scenario
     * @param groundsRemoved base facts it rested on only in the baseline
     */
    public record Change(String id, String before, String after, List<RoleChange> roles, List<String> groundsAdded,
                         List<String> groundsRemoved) {

        public Change {
            roles = List.copyOf(roles);
            groundsAdded = List.copyOf(groundsAdded);
            groundsRemoved = List.copyOf(groundsRemoved);
        }
    }

    /** The subjects of one role before and after; an empty list where the role was absent. */
    public record RoleChange(String role, List<String> before, List<String> after) {

        public RoleChange {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    public static Diff between(List<Finding> baseline, List<Finding> scenario) {
        Map<String, Finding> before = baseline.stream().collect(Collectors.toMap(Finding::id, Function.identity()));
        Map<String, Finding> after = scenario.stream().collect(Collectors.toMap(Finding::id, Function.identity()));
        List<String> added = after.keySet().stream().filter(id -> !before.containsKey(id)).sorted().toList();
        List<String> removed = before.keySet().stream().filter(id -> !after.containsKey(id)).sorted().toList();
        List<Change> changed = after.keySet().stream().filter(before::containsKey)
                .filter(id -> !sameGrounds(before.get(id), after.get(id))).sorted()
                .map(id -> change(before.get(id), after.get(id))).toList();
        return new Diff(added, removed, changed, after.size() - added.size() - changed.size());
    }

    /** The change of a finding by id, if it changed. */
    public java.util.Optional<Change> change(String id) {
        return changed.stream().filter(change -> change.id().equals(id)).findFirst();
    }

    private static boolean sameGrounds(Finding before, Finding after) {
        return before.subjects().equals(after.subjects()) && before.because().equals(after.because());
    }

    private static Change change(Finding before, Finding after) {
        Set<String> roleNames = new LinkedHashSet<>(before.roles().keySet());
        roleNames.addAll(after.roles().keySet());
        List<RoleChange> roles = new ArrayList<>();
        for (String role : roleNames) {
            List<String> was = before.roles().getOrDefault(role, List.of());
            List<String> is = after.roles().getOrDefault(role, List.of());
            if (!was.equals(is)) {
                roles.add(new RoleChange(role, was, is));
            }
        }
        return new Change(after.id(), before.summary(), after.summary(), roles,
                after.because().stream().filter(fact -> !before.because().contains(fact)).toList(),
                before.because().stream().filter(fact -> !after.because().contains(fact)).toList());
    }
}
