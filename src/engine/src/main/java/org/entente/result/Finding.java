package org.entente.result;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tension, alignment or inconsistency the rules found, with the base facts it rests on and their evidence.
 *
 * @param id         stable: the rule id and the finding's key subjects, e.g. {@code out-of-area-objection:FRA:NATO:nato-asia-office}
 * @param kind       tension, alignment or inconsistency (in JSON: {@code tension}, ...)
 * @param rule       the kebab-case id of the rule that found it
 * @param subjects   the ids of the facts it is about
 * @param roles      the same subjects by the part each plays, as the rule names them ({@code blockers: [FRA, HUN]});
 *                   the rule's {@link RuleInfo#links()} say which roles stand together and which act against which
 * @param summary    one sentence, with facts named
 * @param because    the base facts it rests on, derived facts expanded transitively, sorted
 * @param evidence   the article's quotes (and a scenario's assumptions) behind the base facts its logic rests on
 * @param support    listed apart: the quotes that only place actors and regions, and every background reference
 * @param confidence the lowest confidence of the base facts: a finding is no stronger than its weakest support
 *                   (docs/world-model.md, "Grades and confidence")
 * @param weakest    the base facts at that confidence
 */
@JsonPropertyOrder({"id", "kind", "rule", "subjects", "roles", "summary", "confidence", "weakest", "because", "evidence",
        "support"})
public record Finding(String id, FindingKind kind, String rule, List<String> subjects, Map<String, List<String>> roles,
                      String summary, List<String> because, List<Evidence> evidence, List<Evidence> support,
                      double confidence, List<String> weakest) {

    public Finding {
        subjects = List.copyOf(subjects);
        roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
        because = List.copyOf(because);
        evidence = List.copyOf(evidence);
        support = List.copyOf(support);
        weakest = List.copyOf(weakest);
    }

    /** The weakest base facts with their grades, as reports show them: {@code rel-nato-seeks-kor E3}. */
    public List<String> weakestGraded() {
        java.util.Map<String, String> grades = new java.util.LinkedHashMap<>();
        evidence.forEach(each -> grades.putIfAbsent(each.fact(), each.grade()));
        support.forEach(each -> grades.putIfAbsent(each.fact(), each.grade()));
        return weakest.stream().map(id -> grades.containsKey(id) ? id + " " + grades.get(id) : id).toList();
    }
}
