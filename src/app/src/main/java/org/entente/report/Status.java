package org.entente.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a finding or a node stands in a scenario's diff against its baseline. */
public enum Status {
    ADDED, REMOVED, UNCHANGED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
