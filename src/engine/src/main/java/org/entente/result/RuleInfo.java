package org.entente.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * One rule of the catalogue.
 *
 * @param name    the rule's sentence-name
 * @param finding the kebab-case id of the finding it concludes, or null for a classifying rule
 * @param kind    the kind of finding it concludes; null for a classifying rule (in JSON: {@code classification})
 * @param file    the DRL file it lives in
 * @param links   for a finding rule: which of its roles stand together and which act against which (its
 *                {@code @aligned} and {@code @against} metadata); reports draw a finding's edges from these
 * @param pattern for a finding rule: what an article says that makes it fire (its {@code @pattern} metadata)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "finding", "kind", "file", "links", "pattern"})
public record RuleInfo(String name, String finding, @JsonIgnore FindingKind kind, String file, List<Link> links,
                       String pattern) {

    /** How the catalogue names the kind of a rule that concludes no finding but classifies facts for other rules. */
    public static final String CLASSIFICATION = "classification";

    public RuleInfo {
        links = List.copyOf(links);
    }

    public RuleInfo(String name, String finding, FindingKind kind, String file) {
        this(name, finding, kind, file, List.of(), null);
    }

    public boolean concludesFinding() {
        return finding != null;
    }

    /** The kind as the catalogue shows it: a finding kind's label, or {@value #CLASSIFICATION}. */
    @JsonProperty("kind")
    public String kindLabel() {
        return kind == null ? CLASSIFICATION : kind.label();
    }

    /** How the subjects in role {@code from} stand to those in role {@code to}. */
    public record Link(String from, String to, Stand stand) {
    }

    public enum Stand {
        /** Undirected: the two sides stand together. */
        ALIGNED,
        /** Directed: {@code from} acts against (opposes, blocks, objects to, names as a challenge) {@code to}. */
        AGAINST;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
