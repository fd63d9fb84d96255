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
 * @param evidence one entry per quote or reference behind those base facts
 */
@JsonPropertyOrder({"id", "kind", "rule", "subjects", "summary", "because", "evidence"})
public record Finding(String id, FindingKind kind, String rule, List<String> subjects, String summary,
                      List<String> because, List<Evidence> evidence) {

    public Finding {
        subjects = List.copyOf(subjects);
        because = List.copyOf(because);
        evidence = List.copyOf(evidence);
    }
}
