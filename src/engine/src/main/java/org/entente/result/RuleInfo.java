package org.entente.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One rule of the catalogue.
 *
 * @param name    the rule's sentence-name
 * @param finding the kebab-case id of the finding it concludes, or null for a classifying rule
 * @param kind    the kind of finding it concludes; null for a classifying rule (in JSON: {@code classification})
 * @param file    the DRL file it lives in
 */
@JsonPropertyOrder({"name", "finding", "kind", "file"})
public record RuleInfo(String name, String finding, @JsonIgnore FindingKind kind, String file) {

    /** How the catalogue names the kind of a rule that concludes no finding but classifies facts for other rules. */
    public static final String CLASSIFICATION = "classification";

    public boolean concludesFinding() {
        return finding != null;
    }

    /** The kind as the catalogue shows it: a finding kind's label, or {@value #CLASSIFICATION}. */
    @JsonProperty("kind")
    public String kindLabel() {
        return kind == null ? CLASSIFICATION : kind.label();
    }
}
