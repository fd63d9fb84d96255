package org.entente.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.api.Analyser;
import org.entente.api.Scenario;
import org.entente.result.Evidence;
import org.entente.result.FindingKind;
import org.entente.result.RuleInfo;
import org.entente.result.ScenarioInfo;

/**
 * What every report format shows: the findings (with their place in a scenario's diff) and the graph drawn from
 * them. It serialises to the JSON the HTML report embeds, so any page that draws it (the HTML report, a live
 * what-if page) reads the same shape.
 *
 * @param title    one line: the packs for a baseline, the scenario's name for a what-if
 * @param packs    the fact pack files of the world
 * @param scenario null for a baseline report
 * @param palette  the colours of edges, so a page that draws the report needs no copy of them
 * @param findings for a scenario: the added, then the removed, the changed and the unchanged; each part tensions
 *                 first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"title", "packs", "scenario", "counts", "palette", "findings", "graph"})
public record Report(String title, List<String> packs, ScenarioInfo scenario, Counts counts, Palette.Colours palette,
                     List<Entry> findings, Graph graph) {

    public Report {
        packs = List.copyOf(packs);
        findings = List.copyOf(findings);
    }

    /** The baseline's findings. */
    public static Report of(Analyser analyser) {
        return ReportBuilder.baseline(analyser);
    }

    /** A scenario's findings and its diff: removed findings are kept, marked, so they can be drawn ghosted. */
    public static Report of(Analyser analyser, Scenario scenario) {
        return ReportBuilder.whatIf(analyser, scenario);
    }

    @JsonIgnore
    public boolean isWhatIf() {
        return scenario != null;
    }

    /**
     * How many facts and rules went in and what came out; {@code added}, {@code removed}, {@code changed} and
     * {@code unchanged} only for a scenario. The kind counts are of the world's findings, so they leave out the removed ones.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Counts(int facts, int rules, int findings, int tensions, int alignments, int inconsistencies,
                         Integer added, Integer removed, Integer changed, Integer unchanged) {
    }

    /**
     * A finding as reports show it.
     *
     * @param ref      a short handle for graphs that cannot hold a sentence: T1, T2 ... for tensions, A1 ... for
     *                 alignments, I1 ... for inconsistencies, numbered in report order
     * @param status   null for a baseline report
     * @param change   for a changed finding: its baseline sentence and what changed, with names
     * @param drl      the DRL rules that conclude it
     * @param sources  its evidence, each quote once with the facts that cite it
     * @param support  listed apart: quotes that only place actors and regions, and background references
     * @param confidence the finding's confidence: that of its weakest base fact
     * @param weakest  those weakest base facts, each with its grade ({@code rel-nato-seeks-kor E3})
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String ref, String id, FindingKind kind, String rule, String summary, List<Subject> subjects,
                        Status status, Changed change, List<RuleInfo> drl, List<Source> sources,
                        List<Source> support, double confidence, List<String> weakest) {

        public Entry {
            subjects = List.copyOf(subjects);
            drl = List.copyOf(drl);
            sources = List.copyOf(sources);
            support = List.copyOf(support);
            weakest = List.copyOf(weakest);
        }
    }

    /**
     * A changed finding's before and after, with facts named.
     *
     * @param before         the baseline's sentence
     * @param text           what changed in one line: {@code blockers: France → France and Hungary}, or, when no
     *                       role changed, the grounds it now also or no longer rests on
     * @param roles          the roles whose subjects differ
     * @param groundsAdded   the names of base facts it rests on only in the scenario
     * @param groundsRemoved the names of base facts it rested on only in the baseline
     */
    public record Changed(String before, String text, List<RoleChange> roles, List<String> groundsAdded,
                          List<String> groundsRemoved) {

        public Changed {
            roles = List.copyOf(roles);
            groundsAdded = List.copyOf(groundsAdded);
            groundsRemoved = List.copyOf(groundsRemoved);
        }

        static Changed of(String before, List<RoleChange> roles, List<String> groundsAdded,
                          List<String> groundsRemoved) {
            List<String> parts = new java.util.ArrayList<>();
            roles.forEach(role -> parts.add(role.role() + ": " + Names.list(role.before()) + " \u2192 "
                    + Names.list(role.after())));
            if (parts.isEmpty() && !groundsAdded.isEmpty()) {
                parts.add("now also rests on " + Names.list(groundsAdded));
            }
            if (parts.isEmpty() && !groundsRemoved.isEmpty()) {
                parts.add("no longer rests on " + Names.list(groundsRemoved));
            }
            return new Changed(before, String.join("; ", parts), roles, groundsAdded, groundsRemoved);
        }
    }

    /** One role's subjects, by name, before and after. */
    public record RoleChange(String role, List<String> before, List<String> after) {

        public RoleChange {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    /** A fact a finding is about, with its human name. */
    public record Subject(String id, String name) {
    }

    /**
     * Why a finding's facts are believed: each quote or reference once, with the facts that cite it.
     *
     * @param facts the base facts that cite it
     * @param notes the analyst's notes on those facts, where they are readings rather than literal statements
     */
    public record Source(Kind kind, String text, String where, List<String> facts, List<String> notes) {

        public Source {
            facts = List.copyOf(facts);
            notes = List.copyOf(notes);
        }

        /** In the order reports list them: what the scenario assumed, then the article's words, then background. */
        public enum Kind {
            /** Assumed by the scenario named in {@code where}. */
            HYPOTHETICAL,
            /** The article's words; {@code where} is the article file. */
            QUOTE,
            /** {@code text} is the reference's title, {@code where} its URL. */
            REFERENCE;

            @JsonValue
            public String label() {
                return name().toLowerCase(Locale.ROOT);
            }
        }
    }

    /** A finding's evidence as reports show it: each quote or reference once with the facts that cite it, in order. */
    public static List<Source> sources(List<Evidence> evidence) {
        record Key(Source.Kind kind, String text, String where) {
        }
        Map<Key, Set<String>> facts = new LinkedHashMap<>();
        Map<Key, Set<String>> notes = new LinkedHashMap<>();
        for (Evidence each : evidence) {
            Key key = each.hypothetical() != null
                    ? new Key(Source.Kind.HYPOTHETICAL, "assumed by the scenario", each.hypothetical())
                    : each.quote() != null ? new Key(Source.Kind.QUOTE, each.quote(), each.source())
                    : new Key(Source.Kind.REFERENCE, each.reference(), each.url());
            facts.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(each.fact());
            Set<String> noted = notes.computeIfAbsent(key, k -> new LinkedHashSet<>());
            if (each.note() != null) {
                noted.add(each.note());
            }
        }
        return facts.entrySet().stream().sorted(Comparator.comparing(entry -> entry.getKey().kind()))
                .map(entry -> new Source(entry.getKey().kind(), entry.getKey().text(), entry.getKey().where(),
                        List.copyOf(entry.getValue()), List.copyOf(notes.get(entry.getKey()))))
                .toList();
    }
}
