package org.entente.scenario;

import java.util.Map;
import java.util.stream.Collectors;

/** Which facts a retract or modify applies to: one id, or every fact of a type whose fields equal the given values. */
public record Selector(String id, String type, Map<String, String> fields) {

    public static Selector byId(String id) {
        return new Selector(id, null, Map.of());
    }

    public static Selector byMatch(String type, Map<String, String> fields) {
        return new Selector(null, type, Map.copyOf(fields));
    }

    public boolean isById() {
        return id != null;
    }

    @Override
    public String toString() {
        if (isById()) {
            return id;
        }
        return type + fields.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(", ", "(", ")"));
    }
}
