package org.entente.pack;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.domain.Fact;

/**
 * One type of the fact vocabulary: its record class, which fields may be left out, and which fields name
 * other facts (and of which types; an empty set admits any fact).
 */
public record FactType(String name, Class<? extends Fact> recordClass, Set<String> optional,
                       Map<String, Set<String>> references) {

    /** The fields as pack and scenario authors write them, in declaration order, {@code id} first. */
    public List<String> fields() {
        return Arrays.stream(recordClass.getRecordComponents()).map(FactType::fieldName).toList();
    }

    public List<String> requiredFields() {
        return fields().stream().filter(field -> !optional.contains(field)).toList();
    }

    /** The field names mapped to the Java component names they bind to (they differ where a DRL keyword is avoided). */
    public Map<String, String> javaNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (RecordComponent component : recordClass.getRecordComponents()) {
            names.put(fieldName(component), component.getName());
        }
        return names;
    }

    private static String fieldName(RecordComponent component) {
        JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }
}
