package org.entente.report;

import java.util.List;
import java.util.Map;

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
     * The colours of edges ({@code aligned}, {@code against}) and of marks (by finding kind), as the report's JSON
     * carries them.
     */
    public record Colours(Map<String, String> kinds, String membership) {
    }

    static final Colours COLOURS = new Colours(
            Map.of("aligned", ALIGNMENT, "against", TENSION,
                    "tension", TENSION, "alignment", ALIGNMENT, "inconsistency", INCONSISTENCY), MEMBERSHIP);

    private Palette() {
    }

    /** The colour of an edge kind or a finding kind. */
    public static String kind(String kind) {
        return COLOURS.kinds().getOrDefault(kind, "#7f7f7f");
    }
}
