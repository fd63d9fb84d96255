package org.entente.pack;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.entente.InputError;
import org.entente.Suggestions;
import org.entente.io.PathNames;

/**
 * A YAML (or JSON) document read as a tree that remembers the line of every node, so errors can name the
 * line of the exact field at fault. Lines are looked up by JSON pointer, e.g. {@code /facts/3/actor}.
 */
public final class LocatedYaml {

    private static final YAMLFactory YAML = new YAMLFactory();

    private final String file;
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private LocatedYaml(String file, JsonNode root, Map<String, Integer> lines) {
        this.file = file;
        this.root = root;
        this.lines = lines;
    }

    public static LocatedYaml read(Path path) {
        String file = PathNames.display(path);
        String text;
        try {
            text = Files.readString(path);
        } catch (NoSuchFileException e) {
            throw new InputError(file, "no such file");
        } catch (IOException e) {
            throw new InputError(file, "cannot read: " + e.getMessage());
        }
        return parse(file, text);
    }

    /** YAML is a superset of JSON, so one parser serves both. */
    public static LocatedYaml parse(String file, String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InputError(file + ":1", "the document is empty");
            }
            JsonNode root = readNode(parser, "", lines);
            return new LocatedYaml(file, root, lines);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? file : file + ":" + at.getLineNr();
            throw new InputError(where, "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new InputError(file, "cannot read: " + e.getMessage());
        }
    }

    private static JsonNode readNode(JsonParser parser, String pointer, Map<String, Integer> lines)
            throws IOException {
        lines.put(pointer, parser.currentTokenLocation().getLineNr());
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                int nameLine = parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                String child = pointer + "/" + name;
                object.set(name, readNode(parser, child, lines));
                lines.put(child, nameLine);
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(readNode(parser, pointer + "/" + index++, lines));
            }
            return array;
        }
        return switch (token) {
            case VALUE_STRING -> JsonNodeFactory.instance.textNode(parser.getText());
            case VALUE_NUMBER_INT -> JsonNodeFactory.instance.numberNode(parser.getLongValue());
            case VALUE_NUMBER_FLOAT -> JsonNodeFactory.instance.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> JsonNodeFactory.instance.booleanNode(true);
            case VALUE_FALSE -> JsonNodeFactory.instance.booleanNode(false);
            case VALUE_NULL -> JsonNodeFactory.instance.nullNode();
            default -> throw new InputError(pointer, "unexpected " + token);
        };
    }

    /** Refuses a field of {@code node} (at {@code pointer}) not among {@code allowed}, naming the closest ones. */
    public static void rejectUnknownFields(LocatedYaml document, String pointer, JsonNode node,
                                           java.util.Collection<String> allowed, String what) {
        for (java.util.Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new InputError(document.where(pointer + "/" + name) + " field '" + name + "'",
                        "%s has no field '%s'%s; its fields are %s".formatted(what, name,
                                Suggestions.didYouMean(name, allowed), String.join(", ", allowed)));
            }
        }
    }

    public String file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    /** The line of the node at {@code pointer}, or of its closest located ancestor. */
    public int lineOf(String pointer) {
        String at = pointer;
        while (true) {
            Integer line = lines.get(at);
            if (line != null) {
                return line;
            }
            if (at.isEmpty()) {
                return 1;
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
    }

    /** {@code file:line} of the node at {@code pointer}. */
    public String where(String pointer) {
        return file + ":" + lineOf(pointer);
    }
}
