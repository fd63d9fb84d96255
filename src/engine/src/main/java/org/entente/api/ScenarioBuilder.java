package org.entente.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.entente.InputError;
import org.entente.io.Json;

/**
 * A what-if scenario built in code. The builder writes the document a scenario file would hold and reads it back
 * with the scenario reader, so a built scenario is checked exactly like a file: its structure when built, its facts
 * when applied. An error names the field at fault, and its line refers to {@link #toJson()}.
 *
 * <pre>{@code
 * Scenario scenario = Scenarios.named("France drops its objection")
 *         .modifyWhere("Position", Map.of("actor", "FRA", "initiative", "nato-asia-office"),
 *                       Map.of("stance", "SUPPORTS"))
 *         .build();
 * }</pre>
 *
 * Field values are written as Jackson writes them: strings, numbers, enum constants by name, dates as ISO text.
 * A builder is not thread-safe; the scenarios it builds are immutable.
 */
public final class ScenarioBuilder {

    private final ObjectNode document = Json.MAPPER.createObjectNode();
    private final ArrayNode changes;

    ScenarioBuilder(String name) {
        document.put("name", name);
        changes = document.putArray("changes");
    }

    /** A sentence or two on what the scenario asks. */
    public ScenarioBuilder description(String description) {
        document.put("description", description);
        return this;
    }

    /** Removes the fact with this id (and, through the rules, everything derived from it). */
    public ScenarioBuilder retract(String id) {
        changes.addObject().put("retract", id);
        return this;
    }

    /** Removes every fact of {@code type} whose fields equal the given values. */
    public ScenarioBuilder retractWhere(String type, Map<String, ?> fields) {
        changes.addObject().set("retract", match(type, fields));
        return this;
    }

    /**
     * Adds a fact, as a pack would declare it but without evidence: it is marked hypothetical. Without an
     * {@code id} in {@code fields} one is generated.
     */
    public ScenarioBuilder add(String type, Map<String, ?> fields) {
        ObjectNode fact = changes.addObject().putObject("assert");
        fact.put("type", type);
        fact.setAll(tree(fields));
        return this;
    }

    /** Sets fields of the fact with this id. */
    public ScenarioBuilder modify(String id, Map<String, ?> set) {
        ObjectNode modify = changes.addObject().putObject("modify");
        modify.put("match", id);
        modify.set("set", tree(set));
        return this;
    }

    /** Sets fields of every fact of {@code type} whose fields equal the {@code match} values. */
    public ScenarioBuilder modifyWhere(String type, Map<String, ?> match, Map<String, ?> set) {
        ObjectNode modify = changes.addObject().putObject("modify");
        modify.set("match", match(type, match));
        modify.set("set", tree(set));
        return this;
    }

    /**
     * The scenario, its structure checked like a scenario file's (its facts are checked when it is applied).
     *
     * @throws InputError naming the field at fault and its line in {@link #toJson()}
     */
    public Scenario build() {
        return Scenarios.parse("built scenario '" + document.path("name").asText() + "'", toJson());
    }

    /** The scenario as a JSON document, the body {@code POST /what-if} takes. */
    public String toJson() {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always writes", e);
        }
    }

    private static ObjectNode match(String type, Map<String, ?> fields) {
        ObjectNode match = Json.MAPPER.createObjectNode();
        match.put("type", type);
        match.setAll(tree(fields));
        return match;
    }

    private static ObjectNode tree(Map<String, ?> fields) {
        return Json.MAPPER.valueToTree(fields);
    }
}
