package org.entente.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One drafted fact: its type and fields as a pack writes them, the sentences it quotes, and how it was drafted.
 *
 * @param fields     the type's own fields in pack order (without id and type)
 * @param evidence   verbatim sentences of the article; empty for background facts, which cite {@code reference}
 * @param reference  a key of the draft's references, for facts the lexicon supplies (a state's region)
 * @param status     how firmly the sentence holds it, or null for actors and regions
 * @param attribution who makes the claim: an actor id, 'anonymous', or the outlet
 * @param pattern    the lexicon pattern or gazetteer entry that produced it
 */
public record DraftFact(String id, String type, Map<String, Object> fields, List<String> evidence, String reference,
                        FactStatus status, String attribution, List<String> hedges, String note, double confidence,
                        String pattern) {

    public DraftFact {
        fields = new LinkedHashMap<>(fields);
        evidence = List.copyOf(evidence);
        hedges = List.copyOf(hedges);
    }

    /**
     * The same fact, found again in another sentence: one more quote and the higher confidence; the first sentence's
     * status and attribution stay. Read twice from one sentence ("has scrapped its deal with Korea": the deal named,
     * and the deal the scrapping implies was made), the firmer reading's status stands.
     */
    DraftFact foundAgain(DraftFact other) {
        List<String> quotes = new ArrayList<>(evidence);
        other.evidence.stream().filter(quote -> !quotes.contains(quote)).forEach(quotes::add);
        FactStatus kept = status != null && other.status != null && evidence.equals(other.evidence)
                && other.status.ordinal() < status.ordinal() ? other.status : status;
        return new DraftFact(id, type, fields, quotes, reference, kept, attribution, hedges, note,
                Math.max(confidence, other.confidence), pattern);
    }

    DraftFact withId(String other) {
        return new DraftFact(other, type, fields, evidence, reference, status, attribution, hedges, note, confidence,
                pattern);
    }

    DraftFact withFields(Map<String, Object> changed) {
        return new DraftFact(id, type, changed, evidence, reference, status, attribution, hedges, note, confidence,
                pattern);
    }

    /** Type and fields: two drafts of the same fact have the same key, whatever their ids and quotes. */
    String key() {
        return type + fields;
    }

    public Object field(String name) {
        return fields.get(name);
    }
}
