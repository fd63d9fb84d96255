package org.entente.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Writes a draft as a fact pack (YAML or JSON) in the pack format of docs/world-model.md. */
public final class DraftWriter {

    public enum Format { yaml, json }

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DraftWriter() {
    }

    /**
     * @param article the article as the pack names it: a path relative to where the pack is written
     * @param imports packs the draft builds on, relative to where it is written
     */
    public static String write(Draft draft, String title, String article, List<String> imports, Format format) {
        ObjectNode pack = tree(draft, title, article, imports);
        try {
            return (format == Format.yaml ? YAML : JSON).writeValueAsString(pack);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode tree(Draft draft, String title, String article, List<String> imports) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode pack = nodes.objectNode();
        pack.put("title", title);
        pack.put("description", "Drafted by entente draft from " + article + "; every fact quotes its sentence and "
                + "says which pattern produced it. Curate before relying on it.");
        pack.put("article", article);
        if (!imports.isEmpty()) {
            ArrayNode list = pack.putArray("imports");
            imports.forEach(list::add);
        }
        if (draft.facts().stream().anyMatch(fact -> Drafter.M49.equals(fact.reference()))) {
            ObjectNode reference = pack.putObject("references").putObject(Drafter.M49);
            reference.put("title", "UN M49 Standard country or area codes for statistical use (regions); "
                    + "ISO 3166-1 alpha-3 country codes");
            reference.put("url", "https://unstats.un.org/unsd/methodology/m49/");
        }
        ArrayNode facts = pack.putArray("facts");
        for (DraftFact fact : draft.facts()) {
            ObjectNode node = facts.addObject();
            node.put("id", fact.id());
            node.put("type", fact.type());
            for (Map.Entry<String, Object> field : fact.fields().entrySet()) {
                node.put(field.getKey(), String.valueOf(field.getValue()));
            }
            if (fact.evidence().size() == 1) {
                node.put("evidence", fact.evidence().get(0));
            } else if (!fact.evidence().isEmpty()) {
                ArrayNode quotes = node.putArray("evidence");
                fact.evidence().forEach(quotes::add);
            }
            if (fact.reference() != null) {
                node.put("reference", fact.reference());
            }
            if (fact.status() != null) {
                node.put("status", fact.status().name());
            }
            if (fact.attribution() != null) {
                node.put("attribution", fact.attribution());
            }
            if (!fact.hedges().isEmpty()) {
                ArrayNode hedges = node.putArray("hedges");
                fact.hedges().forEach(hedges::add);
            }
            node.put("note", fact.note());
            ObjectNode drafted = node.putObject("drafted");
            drafted.put("confidence", fact.confidence());
            drafted.put("pattern", fact.pattern());
        }
        return pack;
    }
}
