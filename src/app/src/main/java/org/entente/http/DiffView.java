package org.entente.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.entente.result.Diff;
import org.entente.result.Evidence;
import org.entente.result.Finding;
import org.entente.result.FindingKind;
import org.entente.result.ScenarioInfo;
import org.entente.result.WhatIf;

/**
 * The lean answer of {@code ?view=diff}: the diff and the findings it names (added, removed, changed) instead of
 * every finding of the scenario's world, each without its quotes unless {@code evidence=true} asks for them.
 */
@JsonPropertyOrder({"scenario", "facts", "rules", "diff", "added", "removed", "changed"})
public record DiffView(ScenarioInfo scenario, int facts, int rules, Diff diff, List<Item> added, List<Item> removed,
                List<Item> changed) {

    /** A finding as {@link Finding} has it; {@code evidence} is left out (not empty) when not asked for. */
    @JsonPropertyOrder({"id", "kind", "rule", "subjects", "summary", "because", "evidence"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String id, FindingKind kind, String rule, List<String> subjects, String summary, List<String> because,
                List<Evidence> evidence) {

        static Item of(Finding finding, boolean evidence) {
            return new Item(finding.id(), finding.kind(), finding.rule(), finding.subjects(), finding.summary(),
                    finding.because(), evidence ? finding.evidence() : null);
        }
    }

    /** The lean view of a what-if; with {@code evidence}, its findings keep their quotes and references. */
    public static DiffView of(WhatIf whatIf, boolean evidence) {
        return new DiffView(whatIf.scenario(), whatIf.facts(), whatIf.rules(), whatIf.diff(),
                items(whatIf.added(), evidence), items(whatIf.removed(), evidence),
                items(whatIf.findings().stream().filter(finding -> whatIf.diff().changed().contains(finding.id()))
                        .toList(), evidence));
    }

    private static List<Item> items(List<Finding> findings, boolean evidence) {
        return findings.stream().map(finding -> Item.of(finding, evidence)).toList();
    }
}
