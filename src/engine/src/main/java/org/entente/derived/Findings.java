package org.entente.derived;

import java.util.List;
import java.util.Map;
import org.entente.result.FindingKind;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Builds findings from inside a rule's consequence. The rule id and kind come from the rule's own metadata
 * ({@code @finding(...)}, {@code @kind(...)}), so the catalogue and the findings can never disagree.
 */
public final class Findings {

    public static final String FINDING = "finding";
    public static final String KIND = "kind";
    /** Optional: the lowest confidence at which the rule's findings are reported, {@code @minConfidence(0.6)}. */
    public static final String MIN_CONFIDENCE = "minConfidence";

    private Findings() {
    }

    /**
     * The finding a rule concludes about these roles. Every role its {@code @aligned} and {@code @against} metadata
     * name must be among them, so a drawing can never lose a side.
     */
    public static FindingFact of(RuleContext rule, Roles roles, String summary, List<String> basis) {
        Map<String, Object> meta = rule.getRule().getMetaData();
        String id = metadata(meta, FINDING, rule);
        // RuleBook refuses a rule whose @kind names no kind, so a loaded rule always has one.
        FindingKind kind = FindingKind.ofLabel(metadata(meta, KIND, rule)).orElseThrow();
        for (RoleLinks.Clause clause : RoleLinks.parse(meta.get(RoleLinks.ALIGNED), meta.get(RoleLinks.AGAINST))) {
            for (String role : List.of(clause.from(), clause.to())) {
                if (!roles.members().containsKey(role)) {
                    throw new IllegalStateException("rule \"" + rule.getRule().getName() + "\" draws role '" + role
                            + "' but names only " + roles.members().keySet());
                }
            }
        }
        Object minimum = meta.get(MIN_CONFIDENCE);
        double minConfidence = minimum == null ? 0 : Double.parseDouble(unquote(minimum.toString()));
        return new FindingFact(id, kind, roles.key(), roles.subjects(), roles.members(), summary, basis,
                minConfidence);
    }

    /** {@code {A}, {B} and {C}}: a list of fact references for a summary sentence. */
    public static String refs(java.util.Collection<String> ids) {
        List<String> quoted = ids.stream().sorted().map(id -> "{" + id + "}").toList();
        if (quoted.size() <= 1) {
            return String.join("", quoted);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
    }

    private static String metadata(Map<String, Object> meta, String name, RuleContext rule) {
        Object value = meta.get(name);
        if (value == null) {
            throw new IllegalStateException("rule \"" + rule.getRule().getName() + "\" concludes a finding but has no @"
                    + name + "(...) metadata");
        }
        return unquote(value.toString());
    }

    public static String unquote(String value) {
        String trimmed = value.trim();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            return trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed;
    }
}
