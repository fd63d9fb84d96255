package org.entente.scenario;

import java.util.ArrayList;
import java.util.List;
import org.entente.result.Finding;
import org.entente.result.RuleInfo;
import org.entente.result.ScenarioResult;

/**
 * Which rules the scenarios exercise: for every rule, how many scenarios fired it, and for finding rules how many
 * added or removed one of its findings. A finding rule is exercised when scenarios make it both appear and vanish.
 */
public record Coverage(List<Line> lines) {

    public record Line(RuleInfo rule, int fired, int added, int removed) {

        public boolean exercised() {
            return rule.concludesFinding() ? added > 0 && removed > 0 : fired > 0;
        }

        public String gap() {
            if (exercised()) {
                return "";
            }
            if (!rule.concludesFinding()) {
                return "never fired";
            }
            return added == 0 && removed == 0 ? "never added or removed" : added == 0 ? "never added" : "never removed";
        }
    }

    public static Coverage of(List<RuleInfo> catalogue, List<ScenarioResult> results) {
        List<Line> lines = new ArrayList<>();
        for (RuleInfo rule : catalogue) {
            int fired = 0;
            int added = 0;
            int removed = 0;
            for (ScenarioResult result : results) {
                if (result.firings().getOrDefault(rule.name(), 0L) > 0) {
                    fired++;
                }
                if (result.whatIf() != null && rule.concludesFinding()) {
                    if (result.whatIf().added().stream().map(Finding::rule).anyMatch(rule.finding()::equals)) {
                        added++;
                    }
                    if (result.whatIf().removed().stream().map(Finding::rule).anyMatch(rule.finding()::equals)) {
                        removed++;
                    }
                }
            }
            lines.add(new Line(rule, fired, added, removed));
        }
        return new Coverage(lines);
    }

    public List<Line> unexercised() {
        return lines.stream().filter(line -> !line.exercised()).toList();
    }
}
