package org.entente.scenario;

import java.util.List;
import org.entente.result.Finding;
import org.entente.result.FindingKind;

/**
 * Matches findings in expectations: by rule, and optionally id, kind, and subjects (a finding matches when it is
 * about at least these subjects).
 */
public record FindingMatcher(String rule, List<String> subjects, String id, FindingKind kind) {

    public FindingMatcher {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }

    public boolean matches(Finding finding) {
        return (rule == null || rule.equals(finding.rule()))
                && (id == null || id.equals(finding.id()))
                && (kind == null || kind == finding.kind())
                && finding.subjects().containsAll(subjects);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(rule == null ? "any finding" : rule);
        if (id != null) {
            text.append(" id ").append(id);
        }
        if (kind != null) {
            text.append(" kind ").append(kind.label());
        }
        if (!subjects.isEmpty()) {
            text.append(" about ").append(subjects);
        }
        return text.toString();
    }
}
