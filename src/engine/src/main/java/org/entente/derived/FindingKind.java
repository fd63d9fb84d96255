package org.entente.derived;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum FindingKind {
    TENSION, ALIGNMENT, INCONSISTENCY;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FindingKind ofLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
