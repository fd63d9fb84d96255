package org.entente.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.InputError;
import org.entente.Suggestions;
import org.entente.result.Finding;
import org.entente.result.RuleInfo;
import org.entente.result.WhatIf;

/** Compares a what-if result with a scenario's expectations, and says which failed and why. */
public final class ExpectationCheck {

    private ExpectationCheck() {
    }

    /** Expectations naming a rule no rule concludes are typos: refuse them rather than let them pass vacuously. */
    public static void checkRules(ScenarioDefinition scenario, List<RuleInfo> catalogue) {
        if (scenario.expect() == null) {
            return;
        }
        Set<String> known = catalogue.stream().filter(RuleInfo::concludesFinding).map(RuleInfo::finding)
                .collect(Collectors.toSet());
        Expectations expect = scenario.expect();
        for (List<FindingMatcher> list : List.of(expect.present(), expect.absent(), expect.added(), expect.removed())) {
            for (FindingMatcher matcher : list) {
                if (matcher.rule() != null && !known.contains(matcher.rule())) {
                    throw new InputError(scenario.file() + " expect", "no rule concludes '%s'%s".formatted(
                            matcher.rule(), Suggestions.didYouMean(matcher.rule(), known)));
                }
            }
        }
    }

    public static List<String> failures(Expectations expect, WhatIf result) {
        List<String> failures = new ArrayList<>();
        List<Finding> added = result.added();
        List<Finding> removed = result.removed();
        for (FindingMatcher matcher : expect.present()) {
            if (result.findings().stream().noneMatch(matcher::matches)) {
                failures.add("expected " + matcher + " to be present, but it is not");
            }
        }
        for (FindingMatcher matcher : expect.absent()) {
            result.findings().stream().filter(matcher::matches).findFirst().ifPresent(finding ->
                    failures.add("expected " + matcher + " to be absent, but " + finding.id() + " is present"));
        }
        for (FindingMatcher matcher : expect.added()) {
            if (added.stream().noneMatch(matcher::matches)) {
                failures.add("expected " + matcher + " to be added; added: " + ids(added));
            }
        }
        for (FindingMatcher matcher : expect.removed()) {
            if (removed.stream().noneMatch(matcher::matches)) {
                failures.add("expected " + matcher + " to be removed; removed: " + ids(removed));
            }
        }
        if (expect.exact()) {
            added.stream().filter(finding -> expect.added().stream().noneMatch(matcher -> matcher.matches(finding)))
                    .forEach(finding -> failures.add("exact: " + finding.id() + " was added unexpectedly"));
            removed.stream().filter(finding -> expect.removed().stream().noneMatch(matcher -> matcher.matches(finding)))
                    .forEach(finding -> failures.add("exact: " + finding.id() + " was removed unexpectedly"));
        }
        return failures;
    }

    private static String ids(List<Finding> findings) {
        return findings.isEmpty() ? "none" : findings.stream().map(Finding::id).collect(Collectors.joining(", "));
    }
}
