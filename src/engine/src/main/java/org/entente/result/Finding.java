package org.entente.result;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A tension, alignment or inconsistency the rules found, with the base facts it rests on and their evidence.
 *
 * @param id       stable: the rule id and the finding's key subjects, e.g. {@code out-of-area-objection:FRA:NATO:nato-asia-office}
 * @param kind     tension, alignment or inconsistency (in JSON: {@code tension}, ...)
 * @param rule     the kebab-case id of the rule that found it
 * @param subjects the ids of the facts it is about
 * @param summary  one sentence, with facts named
 * @param because  the base facts it rests on, derived facts expanded transitively, sorted
 * @param evidence   one entry per quote or reference behind those base facts
 * @param confidence the lowest confidence of the base facts: a finding is no stronger than its weakest support
 *                   (docs/world-model.md, "Grades and confidence")
 * @param weakest    the base facts at that confidence
 */
@JsonPropertyOrder({"id", "kind", "rule", "subjects", "summary", "confidence", "weakest", "because", "evidence"})
public record Finding(String id, FindingKind kind, String rule, List<String> subjects, String summary,
                      List<String> because, List<Evidence> evidence, double confidence, List<String> weakest) {

    public Finding {
        subjects = List.copyOf(subjects);
        because = List.copyOf(because);
        evidence = List.copyOf(evidence);
        weakest = List.copyOf(weakest);
    }

    /** The weakest base facts with their grades, as reports show them: {@code rel-nato-seeks-kor E3}. */
    public List<String> weakestGraded() {
        java.util.Map<String, String> grades = new java.util.LinkedHashMap<>();
        evidence.forEach(each -> grades.putIfAbsent(each.fact(), each.grade()));
        return weakest.stream().map(id -> grades.containsKey(id) ? id + " " + grades.get(id) : id).toList();
    }
}
