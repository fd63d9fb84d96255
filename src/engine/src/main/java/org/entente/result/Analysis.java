package org.entente.result;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The result of one analysis: how many facts and rules went in, and the findings sorted by kind, rule and id.
 */
@JsonPropertyOrder({"facts", "rules", "findings"})
public record Analysis(int facts, int rules, List<Finding> findings) {

    public Analysis {
        findings = List.copyOf(findings);
    }

    public List<Finding> findingsOfKind(FindingKind kind) {
        return findings.stream().filter(finding -> finding.kind() == kind).toList();
    }
}
