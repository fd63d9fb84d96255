package org.entente.derived;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.entente.result.FindingKind;

/**
 * What a finding rule concludes: a tension, an alignment or an inconsistency among the facts.
 *
 * @param rule     the stable kebab-case id of the rule that concluded it (its {@code @finding} metadata)
 * @param key      the subjects that identify the finding; a finding keeps its id while other subjects change
 * @param subjects every fact id the finding is about, key first
 * @param roles    the subjects by the part they play, as the rule names them ({@code blockers: [FRA, HUN]})
 * @param summary  one sentence; {@code {id}} placeholders are replaced by the facts' names
 * @param minConfidence the rule's {@code @minConfidence}: weaker findings are not reported (0 when it sets none)
 */
public record FindingFact(String rule, FindingKind kind, List<String> key, List<String> subjects,
                          Map<String, List<String>> roles, String summary, List<String> basis, double minConfidence)
        implements Derived {

    public FindingFact {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        key = List.copyOf(key);
        subjects = List.copyOf(subjects);
        roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
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
