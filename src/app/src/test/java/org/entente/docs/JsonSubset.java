package org.entente.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.entente.io.Json;

/**
 * Whether a JSON example shows part of an actual output: every field it names is there with the value it shows; an
 * array shows some of the actual elements, in their order; a string ending in {@code ...} shows a prefix.
 */
public final class JsonSubset {

    private JsonSubset() {
    }

    /** Why the example is not part of the actual JSON, or empty when it is. */
    public static Optional<String> mismatch(String example, String actual) {
        try {
            return mismatch(Json.MAPPER.readTree(example), Json.MAPPER.readTree(actual), "$");
        } catch (JsonProcessingException e) {
            return Optional.of("not JSON: " + e.getOriginalMessage());
        }
    }

    private static Optional<String> mismatch(JsonNode example, JsonNode actual, String path) {
        if (example.isObject()) {
            if (!actual.isObject()) {
                return Optional.of(path + " is " + actual.getNodeType() + " in the output, not an object");
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = example.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!actual.has(field.getKey())) {
                    return Optional.of(path + "." + field.getKey() + " is not in the output");
                }
                Optional<String> inner = mismatch(field.getValue(), actual.get(field.getKey()),
                        path + "." + field.getKey());
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }
        if (example.isArray()) {
            if (!actual.isArray()) {
                return Optional.of(path + " is " + actual.getNodeType() + " in the output, not an array");
            }
            int next = 0;
            for (int index = 0; index < example.size(); index++) {
                String here = path + "[" + index + "]";
                String closest = null;
                while (next < actual.size()) {
                    Optional<String> why = mismatch(example.get(index), actual.get(next), here);
                    if (why.isEmpty()) {
                        break;
                    }
                    // The element that matched furthest before differing says best what changed.
                    closest = closest == null || why.get().indexOf(' ') > closest.indexOf(' ') ? why.get() : closest;
                    next++;
                }
                if (next == actual.size()) {
                    return Optional.of(here + " matches no element of the output's array in order"
                            + (closest == null ? "" : "; the closest: " + closest));
                }
                next++;
            }
            return Optional.empty();
        }
        if (example.isTextual() && example.asText().endsWith("...") && actual.isTextual()) {
            String prefix = example.asText().substring(0, example.asText().length() - 3).stripTrailing();
            return actual.asText().startsWith(prefix) ? Optional.empty()
                    : Optional.of(path + " is \"" + actual.asText() + "\" in the output, not \"" + prefix + "...\"");
        }
        if (example.isNumber() && actual.isNumber()) {
            return example.decimalValue().compareTo(actual.decimalValue()) == 0 ? Optional.empty()
                    : Optional.of(path + " is " + actual + " in the output, not " + example);
        }
        return example.equals(actual) ? Optional.empty()
                : Optional.of(path + " is " + actual + " in the output, not " + example);
    }
}
