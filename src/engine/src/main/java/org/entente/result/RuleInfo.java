package org.entente.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * One rule of the catalogue.
 *
 * @param name    the rule's sentence-name
 * @param finding the kebab-case id of the finding it concludes, or null for a classifying rule
 * @param kind    tension, alignment or inconsistency for finding rules; "classification" otherwise
 * @param file    the DRL file it lives in
 * @param links   for a finding rule: which of its roles stand together and which act against which (its
 *                {@code @aligned} and {@code @against} metadata); reports draw a finding's edges from these
 * @param pattern for a finding rule: what an article says that makes it fire (its {@code @pattern} metadata)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RuleInfo(String name, String finding, String kind, String file, List<Link> links, String pattern) {

    public static final String CLASSIFICATION = "classification";

    public RuleInfo {
        links = List.copyOf(links);
    }

    public RuleInfo(String name, String finding, String kind, String file) {
        this(name, finding, kind, file, List.of(), null);
    }

    public boolean concludesFinding() {
        return finding != null;
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
