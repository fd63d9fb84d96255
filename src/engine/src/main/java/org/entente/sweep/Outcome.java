package org.entente.sweep;

import java.util.List;

/** What one change set does to the findings: ids added and removed against the baseline. */
public record Outcome(List<String> changes, List<String> added, List<String> removed) {

    public Outcome {
        changes = List.copyOf(changes);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    public boolean changesAnything() {
        return !added.isEmpty() || !removed.isEmpty();
    }

    public int size() {
        return changes.size();
    }
}
