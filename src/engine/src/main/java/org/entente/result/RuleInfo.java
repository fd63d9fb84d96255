package org.entente.result;

/**
 * One rule of the catalogue.
 *
 * @param name    the rule's sentence-name
 * @param finding the kebab-case id of the finding it concludes, or null for a classifying rule
 * @param kind    tension, alignment or inconsistency for finding rules; "classification" otherwise
 * @param file    the DRL file it lives in
 */
public record RuleInfo(String name, String finding, String kind, String file) {

    public static final String CLASSIFICATION = "classification";

    public boolean concludesFinding() {
        return finding != null;
    }
}
