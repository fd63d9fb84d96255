package org.entente.derived;

import java.util.List;
import java.util.Objects;
import org.entente.result.FindingKind;

/**
 * What a finding rule concludes: a tension, an alignment or an inconsistency among the facts.
 *
 * @param rule     the stable kebab-case id of the rule that concluded it (its {@code @finding} metadata)
 * @param key      the subjects that identify the finding; a finding keeps its id while other subjects change
 * @param subjects every fact id the finding is about, key first
 * @param summary  one sentence; {@code {id}} placeholders are replaced by the facts' names
 * @param minConfidence the rule's {@code @minConfidence}: weaker findings are not reported (0 when it sets none)
 */
public record FindingFact(String rule, FindingKind kind, List<String> key, List<String> subjects, String summary,
                      List<String> basis, double minConfidence) implements Derived {

    public FindingFact {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        key = List.copyOf(key);
        subjects = List.copyOf(subjects);
        basis = List.copyOf(basis);
    }

    @Override
    public String id() {
        return rule + ":" + String.join(":", key);
    }

    @Override
    public String statement() {
        return summary;
    }
}
