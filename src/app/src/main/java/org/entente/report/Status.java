package org.entente.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a finding, an edge or a node stands in a scenario's diff against its baseline. A changed finding holds in
 * both with other subjects or grounds; its edges are added, removed or unchanged one by one.
 */
public enum Status {
    ADDED, REMOVED, CHANGED, UNCHANGED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
