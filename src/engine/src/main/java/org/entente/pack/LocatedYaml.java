package org.entente.pack;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.entente.InputError;
import org.entente.Suggestions;
import org.entente.io.PathNames;

/**
 * A YAML (or JSON) document read as a tree that remembers the line of every node, so errors can name the
 * line of the exact field at fault. Lines are looked up by JSON pointer, e.g. {@code /facts/3/actor}.
 */
public final class LocatedYaml {

    /**
     * The largest document read, in bytes: SnakeYAML's own code-point limit, checked here before anything is
     * scanned, since its check comes only after a long scalar has been scanned (quadratically) to the end.
     */
    public static final int MAX_BYTES = 3 << 20;

    /** How a document's text is parsed: YAML, or strict JSON (no trailing commas, nothing after the value). */
    public enum Syntax { YAML, JSON }

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonFactory JSON = new JsonFactory();

    private final String file;
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private LocatedYaml(String file, JsonNode root, Map<String, Integer> lines) {
        this.file = file;
        this.root = root;
        this.lines = lines;
    }

    /** A file: JSON when its name ends in {@code .json}, else YAML. Only regular files, at most {@link #MAX_BYTES}. */
    public static LocatedYaml read(Path path) {
        String file = PathNames.display(path);
        byte[] bytes;
        try {
            if (!Files.exists(path)) {
                throw new InputError(file, "no such file");
            }
            // A FIFO or a device would block or never end; a folder cannot be read as a document.
            if (!Files.isRegularFile(path)) {
                throw new InputError(file, "not a regular file");
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw tooLarge(file, size);
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputError(file, "no such file");
        } catch (IOException e) {
            throw new InputError(file, "cannot read: " + e.getMessage());
        }
        Syntax syntax = path.getFileName().toString().endsWith(".json") ? Syntax.JSON : Syntax.YAML;
        return parse(file, decode(file, bytes), syntax);
    }

    /**
     * Bytes as UTF-8, refusing what is not: a replacement character would change a quote or an id without a word.
     *
     * @throws InputError naming the line and byte offset of the first malformed byte
     */
    public static String decode(String file, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(file, bytes.length);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int at = 0; at < offset; at++) {
                line += bytes[at] == '\n' ? 1 : 0;
            }
            throw new InputError(file + ":" + line, "not valid UTF-8: byte 0x%02X at byte offset %d; save the file as UTF-8"
                    .formatted(bytes[offset] & 0xFF, offset));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static InputError tooLarge(String file, long size) {
        return new InputError(file, "%d bytes is over the limit of %d bytes (3 MiB) for one document"
                .formatted(size, MAX_BYTES));
    }

    /** YAML text (a superset of JSON, read as YAML). */
    public static LocatedYaml parse(String file, String text) {
        return parse(file, text, Syntax.YAML);
    }

    /**
     * Text as one document. Whatever would change the data without a word is refused with its line: a duplicate
     * key (the parser would keep the last), an alias (read as the anchor's name), a second document, text after
     * the value.
     */
    public static LocatedYaml parse(String file, String text, Syntax syntax) {
        if (text.length() > MAX_BYTES) {
            throw tooLarge(file, text.length());
        }
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = syntax == Syntax.JSON ? JSON.createParser(text) : YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InputError(file + ":1", "the document is empty");
            }
            JsonNode root = readNode(file, parser, "", lines);
            if (parser.nextToken() != null) {
                int line = parser.currentTokenLocation().getLineNr();
                throw new InputError(file + ":" + line, syntax == Syntax.JSON ? "text after the end of the JSON value"
                        : "a second YAML document ('---'); a file holds one document");
            }
            return new LocatedYaml(file, root, lines);
        } catch (JsonProcessingException e) {
            throw syntaxError(file, syntax, e);
        } catch (IOException e) {
            throw new InputError(file, "cannot read: " + e.getMessage());
        }
    }

    /** The parser's own words for what is wrong and the line where it is, not the line where its context began. */
    private static InputError syntaxError(String file, Syntax syntax, JsonProcessingException e) {
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked
                && marked.getProblemMark() != null) {
            // SnakeYAML quotes the character it stopped at, a line break included: the error stays one line.
            String problem = marked.getProblem().replace("(TAB)", "").replaceAll("\\R+", " ");
            String context = marked.getContext() == null ? "" : marked.getContext().replaceAll("\\R+", " ") + ": ";
            return new InputError(file + ":" + (marked.getProblemMark().getLine() + 1),
                    "not valid YAML: " + context + problem);
        }
        JsonLocation at = e.getLocation();
        String where = at == null ? file : file + ":" + at.getLineNr();
        String message = e.getOriginalMessage().lines().findFirst().orElse("");
        return new InputError(where, "not valid " + syntax + ": " + message);
    }

    private static JsonNode readNode(String file, JsonParser parser, String pointer, Map<String, Integer> lines)
            throws IOException {
        lines.put(pointer, parser.currentTokenLocation().getLineNr());
        JsonToken token = parser.currentToken();
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new InputError(file + ":" + parser.currentTokenLocation().getLineNr(),
                    "an alias (*%s) is not supported; write the value out".formatted(parser.getText()));
        }
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                int nameLine = parser.currentTokenLocation().getLineNr();
                if (object.has(name)) {
                    throw new InputError(file + ":" + nameLine + " field '" + name + "'",
                            "duplicate key '%s' (first on line %d); one would silently replace the other"
                                    .formatted(name, lines.get(pointer + "/" + name)));
                }
                parser.nextToken();
                String child = pointer + "/" + name;
                object.set(name, readNode(file, parser, child, lines));
                lines.put(child, nameLine);
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(readNode(file, parser, pointer + "/" + index++, lines));
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
            default -> throw new InputError(file + ":" + parser.currentTokenLocation().getLineNr(),
                    "unexpected " + token);
        };
    }

    /**
     * The error for a field that {@code what} does not have, with the closest names and the full list: the one place
     * that words it, for packs, facts, vocabularies and scenarios alike.
     *
     * @param pointer the field's JSON pointer (its line is named)
     * @param what    the thing, as in "a scenario has no field ..."
     */
    public InputError unknownField(String pointer, String what, String name, Collection<String> fields) {
        return new InputError(where(pointer + "/" + name) + " field '" + name + "'",
                "%s has no field '%s'%s; its fields are %s".formatted(what, name, Suggestions.didYouMean(name, fields),
                        String.join(", ", fields)));
    }

    /** Refuses a field of {@code node} (at {@code pointer}) not among {@code allowed}, naming the closest ones. */
    public static void rejectUnknownFields(LocatedYaml document, String pointer, JsonNode node,
                                           Collection<String> allowed, String what) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw document.unknownField(pointer, what, name, allowed);
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
