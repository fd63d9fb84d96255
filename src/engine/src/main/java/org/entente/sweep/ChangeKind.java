package org.entente.sweep;

import java.util.Locale;

/** The single-fact changes a sweep tries. */
public enum ChangeKind {
    /** Remove one fact. */
    RETRACT,
    /** Turn one position to the opposite stance. */
    FLIP,
    /** Add the region of an out-of-area initiative to its organisation's areas of responsibility. */
    WIDEN,
    /** Give a member a position (support or opposition) on an initiative of its organisation it has none on. */
    ASSERT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ChangeKind ofLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
