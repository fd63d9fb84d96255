package org.entente.pack;

import java.util.List;

/**
 * Where a fact comes from: verbatim quotes of an article, a public reference, or a what-if scenario.
 *
 * @param quotes       sentences copied verbatim from {@code source}
 * @param source       the article the quotes come from, as a path
 * @param reference    a public reference for background knowledge, or null
 * @param note         the analyst's remark where the encoding is a reading rather than a literal statement
 * @param hypothetical the scenario that asserted the fact, or null for facts drawn from sources
 * @param where        {@code file:line} of the fact's declaration
 */
public record Provenance(List<String> quotes, String source, Reference reference, String note, String hypothetical,
                         String where) {

    public Provenance {
        quotes = List.copyOf(quotes);
    }

    public static Provenance hypothetical(String scenario, String where) {
        return new Provenance(List.of(), null, null, null, scenario, where);
    }

    public boolean isHypothetical() {
        return hypothetical != null;
    }
}
