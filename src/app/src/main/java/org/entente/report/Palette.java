package org.entente.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.entente.result.FindingKind;
import org.entente.result.RuleInfo;

/** The colours every format draws with, so the HTML, Mermaid and DOT pictures read the same way. */
public final class Palette {

    public static final String TENSION = "#d62728";
    public static final String ALIGNMENT = "#2ca02c";
    public static final String INCONSISTENCY = "#ff7f0e";
    public static final String MEMBERSHIP = "#9db4cc";
    public static final String ORGANISATION = "#1f4e79";
    public static final String STATE = "#b4b4b4";
    public static final String PERSON = "#c5a3d9";
    public static final String INITIATIVE = "#f2b134";
    public static final String EVENT = "#c49c94";
    /** Members of the first organisation take the first colour, and so on, cycling. */
    public static final List<String> MEMBERS = List.of("#6baed6", "#74c7b8", "#a1d99b", "#9e9ac8");

    /**
     * The colours of marks (by finding kind) and of edges (by how the two ends stand: aligned, against), as the
     * report's JSON carries them.
     */
    public record Colours(Map<FindingKind, String> kinds, Map<RuleInfo.Stand, String> edges, String membership) {
    }

    static final Colours COLOURS = new Colours(Collections.unmodifiableMap(new EnumMap<>(Map.of(
            FindingKind.TENSION, TENSION, FindingKind.ALIGNMENT, ALIGNMENT, FindingKind.INCONSISTENCY, INCONSISTENCY))),
            Collections.unmodifiableMap(new EnumMap<>(Map.of(RuleInfo.Stand.ALIGNED, ALIGNMENT,
                    RuleInfo.Stand.AGAINST, TENSION))),
            MEMBERSHIP);

    private Palette() {
    }

    /** The colour of a finding kind's marks. */
    public static String kind(FindingKind kind) {
        return COLOURS.kinds().get(kind);
    }

    /** The colour of an edge. */
    public static String edge(RuleInfo.Stand stand) {
        return COLOURS.edges().get(stand);
    }
}
