package org.entente.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A scenario's result: the {@link Analysis} shape plus the scenario and the diff against its baseline.
 * {@code baseline} (not serialised) holds the baseline's findings, so removed findings can be shown in full.
 */
@JsonPropertyOrder({"scenario", "facts", "rules", "findings", "diff"})
public record WhatIf(ScenarioInfo scenario, int facts, int rules, List<Finding> findings, Diff diff,
                     @JsonIgnore List<Finding> baseline) {

    public WhatIf {
        findings = List.copyOf(findings);
        baseline = List.copyOf(baseline);
    }

    public List<Finding> added() {
        return findings.stream().filter(finding -> diff.added().contains(finding.id())).toList();
    }

    /** The scenario's side of each finding that holds in both with other subjects or grounds. */
    public List<Finding> changed() {
        return findings.stream().filter(finding -> diff.change(finding.id()).isPresent()).toList();
    }

    /** The baseline's side of a finding, if the baseline has it. */
    public java.util.Optional<Finding> before(String id) {
        return baseline.stream().filter(finding -> finding.id().equals(id)).findFirst();
    }

    public List<Finding> removed() {
        return baseline.stream().filter(finding -> diff.removed().contains(finding.id())).toList();
    }
}
