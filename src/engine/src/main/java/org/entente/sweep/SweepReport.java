package org.entente.sweep;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A sweep's result.
 *
 * @param findings    how many findings hold in the baseline
 * @param changes     how many single changes were generated
 * @param evaluations how many change sets were evaluated (singles, and pairs at depth 2)
 * @param outcomes    single changes that alter findings, and pairs that interact
 * @param skipped     the retractions not evaluated, each with why (it would take a kept fact with it)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"findings", "changes", "depth", "evaluations", "seconds", "skipped", "target", "outcomes"})
public record SweepReport(int findings, int changes, int depth, long evaluations, double seconds,
                          List<Outcome> outcomes, TargetAnswer target, List<String> skipped) {

    public SweepReport {
        outcomes = List.copyOf(outcomes);
        skipped = List.copyOf(skipped);
    }

    public SweepReport withSkipped(List<String> skipped) {
        return new SweepReport(findings, changes, depth, evaluations, seconds, outcomes, target, skipped);
    }
}
