package org.entente.result;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A base fact of the analyser's packs, as a pack declares it.
 *
 * @param id       unique within the packs
 * @param type     the vocabulary type, e.g. {@code Position}
 * @param fields   the fact's other fields in declaration order, absent optional fields left out: strings, numbers,
 *                 enum constants and ISO dates as text
 * @param evidence its quotes or reference, with the analyst's note where there is one
 */
@JsonPropertyOrder({"id", "type", "fields", "evidence"})
public record FactInfo(String id, String type, Map<String, Object> fields, List<Evidence> evidence) {

    public FactInfo {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        evidence = List.copyOf(evidence);
    }
}
