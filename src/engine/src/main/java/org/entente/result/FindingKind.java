package org.entente.result;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a finding is. The constants are in report order: every listing of findings (text, JSON, reports, the page)
 * shows tensions first, then alignments, then inconsistencies, by sorting on this enum.
 */
public enum FindingKind {
    TENSION, ALIGNMENT, INCONSISTENCY;

    /** The kind as rules' {@code @kind(...)}, scenario files and JSON write it: lower case. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How text headings name a group of them: tensions, alignments, inconsistencies. */
    public String plural() {
        return this == INCONSISTENCY ? "inconsistencies" : label() + "s";
    }

    /** The kind of this label, whatever its case; empty when there is none. */
    public static Optional<FindingKind> ofLabel(String label) {
        String wanted = label.trim();
        return Stream.of(values()).filter(kind -> kind.name().equalsIgnoreCase(wanted)).findFirst();
    }

    @JsonCreator
    static FindingKind fromJson(String label) {
        return ofLabel(label).orElseThrow(() -> new IllegalArgumentException("no finding kind '" + label + "'"));
    }
}
