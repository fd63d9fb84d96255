package org.entente.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * A justification tree: a finding, the rule that concluded it, and what it matched; derived facts are expanded
 * down to base facts, whose evidence is their quotes, references, or the scenario that assumed them.
 *
 * @param node     what this node of the tree is
 * @param type     the fact type (e.g. {@code Position}, {@code OutOfArea})
 * @param text     the finding's summary, a derived fact's statement, or a base fact's fields
 * @param rule     for a finding: the rule's name; {@code file}: the DRL file it lives in
 * @param because  what this node rests on
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "node", "type", "text", "rule", "file", "evidence", "because"})
public record Explanation(String id, Node node, String type, String text, String rule, String file,
                          List<Evidence> evidence, List<Explanation> because) {

    public Explanation {
        evidence = List.copyOf(evidence);
        because = List.copyOf(because);
    }

    /** A finding (the root), a fact the rules derived, or a base fact of a pack or scenario. */
    public enum Node {
        FINDING, DERIVED, FACT;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
