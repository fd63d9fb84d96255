package org.entente.scenario;

import java.util.List;

/**
 * What a scenario expects, which turns it into a test: findings present or absent afterwards, and findings added
 * or removed against the baseline. With {@code exact}, the diff holds nothing beyond what added and removed name.
 */
public record Expectations(List<FindingMatcher> present, List<FindingMatcher> absent, List<FindingMatcher> added,
                           List<FindingMatcher> removed, boolean exact) {

    public Expectations {
        present = List.copyOf(present);
        absent = List.copyOf(absent);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    public static Expectations none() {
        return new Expectations(List.of(), List.of(), List.of(), List.of(), false);
    }

    public boolean isEmpty() {
        return present.isEmpty() && absent.isEmpty() && added.isEmpty() && removed.isEmpty() && !exact;
    }
}
