package org.entente.pack;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
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

    // Read once per class: folding, checks and sweeps ask for them per fact, and reading record components and their
    // annotations reflectively cost a tenth of a what-if.
    private static final ClassValue<List<String>> FIELDS = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).map(FactType::fieldName).toList();
        }
    };
    private static final ClassValue<Map<String, String>> JAVA_NAMES = new ClassValue<>() {
        @Override
        protected Map<String, String> computeValue(Class<?> type) {
            Map<String, String> names = new LinkedHashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                names.put(fieldName(component), component.getName());
            }
            return Collections.unmodifiableMap(names);
        }
    };

    /** The fields as pack and scenario authors write them, in declaration order, {@code id} first. */
    public List<String> fields() {
        return FIELDS.get(recordClass);
    }

    public List<String> requiredFields() {
        return fields().stream().filter(field -> !optional.contains(field)).toList();
    }

    /** The field names mapped to the Java component names they bind to (they differ where a DRL keyword is avoided). */
    public Map<String, String> javaNames() {
        return JAVA_NAMES.get(recordClass);
    }

    private static String fieldName(RecordComponent component) {
        JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }
}
