package org.entente.pack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entente.InputError;
import org.entente.Suggestions;
import org.entente.domain.Fact;
import org.entente.domain.RelationKind;
import org.entente.io.Json;

/** Turns one fact node of a pack or scenario into a typed fact, with a located error for anything amiss. */
public final class FactReader {

    public static final String TYPE = "type";

    /** The project's mapper, reading relation kinds by name from the vocabulary a reader carries. */
    private static final ObjectMapper MAPPER = Json.MAPPER.copy()
            .registerModule(new SimpleModule().addDeserializer(RelationKind.class, new KindByName()))
            // A region lies within one region or a list of them: "within: europe" reads as [europe].
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);

    private FactReader() {
    }

    /**
     * @param extra fields besides the type's own that the caller handles (provenance, for instance)
     */
    public static Fact read(LocatedYaml document, String pointer, Set<String> extra, RelationKinds kinds) {
        return read(document, pointer, document.root().at(pointer), extra, kinds);
    }

    /** Reads {@code node}, which stands at {@code pointer} of the document or was built from what stands there. */
    public static Fact read(LocatedYaml document, String pointer, JsonNode node, Set<String> extra,
                            RelationKinds kinds) {
        if (!(node instanceof ObjectNode object)) {
            throw new InputError(document.where(pointer), "a fact must be a mapping of fields, not " + describe(node));
        }
        FactType type = typeOf(document, pointer, object);
        Set<String> allowed = new LinkedHashSet<>(type.fields());
        allowed.add(TYPE);
        allowed.addAll(extra);
        ObjectNode fields = object.deepCopy();
        fields.remove(TYPE);
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw document.unknownField(pointer, type.name(), name, type.fields());
            }
            if (extra.contains(name)) {
                fields.remove(name);
            }
        }
        for (String required : type.requiredFields()) {
            JsonNode value = fields.get(required);
            if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
                throw new InputError(document.where(pointer) + " field '" + required + "'",
                        "%s %s is missing its required field '%s'".formatted(type.name(), idOf(object), required));
            }
        }
        checkShapes(document, pointer, type, fields);
        checkKinds(document, pointer, type, fields, kinds);
        try {
            return MAPPER.readerFor(type.recordClass()).withAttribute(RelationKinds.class, kinds)
                    .readValue(fields);
        } catch (JsonProcessingException e) {
            throw conversionError(document, pointer, type, e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A relation kind is data, so its error lists the vocabulary's kinds, not a Java enum's constants. */
    private static void checkKinds(LocatedYaml document, String pointer, FactType type, ObjectNode fields,
                                   RelationKinds kinds) {
        for (java.lang.reflect.RecordComponent component : type.recordClass().getRecordComponents()) {
            if (component.getType() != RelationKind.class) {
                continue;
            }
            JsonNode value = fields.get(component.getName());
            if (value != null && !value.isNull() && (!value.isTextual() || kinds.find(value.asText()).isEmpty())) {
                throw new InputError(document.where(pointer + "/" + component.getName()) + " field '"
                        + component.getName() + "'", "unknown relation kind '%s'%s; the kinds are %s (%s, or a "
                        .formatted(value.asText(), Suggestions.didYouMean(value.asText(), kinds.names()),
                                String.join(", ", kinds.names()), "rules/" + RelationKinds.FILE)
                        + "pack's own 'vocabulary:')");
            }
        }
    }

    /**
     * Refuses the values Jackson would coerce without a word: {@code 31.7} or {@code "31"} for a count (it keeps
     * 31), a negative count, a number for a date (read as days since 1970), a number or a list for an enum.
     */
    private static void checkShapes(LocatedYaml document, String pointer, FactType type, ObjectNode fields) {
        for (RecordComponent component : type.recordClass().getRecordComponents()) {
            JsonNode value = fields.get(component.getName());
            if (value == null || value.isNull()) {
                continue;
            }
            Class<?> expected = component.getType();
            boolean fits;
            if (expected == int.class || expected == Integer.class || expected == long.class || expected == Long.class) {
                fits = value.isIntegralNumber() && value.asLong() >= 0 && value.canConvertToInt();
            } else if (expected == double.class || expected == Double.class) {
                fits = value.isNumber();
            } else if (expected == boolean.class || expected == Boolean.class) {
                fits = value.isBoolean();
            } else if (expected == LocalDate.class || expected == String.class || expected.isEnum()) {
                fits = value.isTextual() || expected == String.class && value.isValueNode();
            } else {
                fits = true;
            }
            if (!fits) {
                String field = component.getName();
                throw new InputError(document.where(pointer + "/" + field) + " field '" + field + "'",
                        "%s must be %s, not %s".formatted(field, shape(expected), value));
            }
        }
    }

    /** A field's type in the words of the pack format, never a Java type name. */
    static String shape(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a count (a whole number, 0 or more)";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "an ISO date such as 2023-07-11";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        return "text";
    }

    private static FactType typeOf(LocatedYaml document, String pointer, ObjectNode object) {
        JsonNode type = object.get(TYPE);
        if (type == null || !type.isTextual()) {
            throw new InputError(document.where(pointer) + " field 'type'",
                    "fact %s has no type; the types are %s".formatted(idOf(object),
                            String.join(", ", Vocabulary.typeNames())));
        }
        return Vocabulary.named(type.asText()).orElseThrow(() -> new InputError(
                document.where(pointer + "/" + TYPE) + " field 'type'",
                "unknown type '%s'%s; the types are %s".formatted(type.asText(),
                        Suggestions.didYouMean(type.asText(), Vocabulary.typeNames()),
                        String.join(", ", Vocabulary.typeNames()))));
    }

    private static InputError conversionError(LocatedYaml document, String pointer, FactType type,
                                              JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? mapping.getPath().get(0).getFieldName()
                : null;
        String where = field == null ? document.where(pointer)
                : document.where(pointer + "/" + field) + " field '" + field + "'";
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
            List<String> values = Arrays.stream(invalid.getTargetType().getEnumConstants()).map(Object::toString)
                    .toList();
            return new InputError(where, "'%s' is not a valid %s%s; use one of %s".formatted(invalid.getValue(),
                    field == null ? "value" : field, Suggestions.didYouMean(String.valueOf(invalid.getValue()), values),
                    String.join(", ", values)));
        }
        if (e instanceof InvalidFormatException invalid) {
            return new InputError(where, "'%s' is not %s".formatted(invalid.getValue(),
                    shape(invalid.getTargetType())));
        }
        // Jackson's own message names Java types and its internals: say what the field takes instead.
        Class<?> expected = field == null ? null : Arrays.stream(type.recordClass().getRecordComponents())
                .filter(component -> component.getName().equals(field)).map(RecordComponent::getType)
                .findFirst().orElse(null);
        return new InputError(where, expected == null ? "cannot read this %s".formatted(type.name())
                : "%s must be %s".formatted(field, shape(expected)));
    }

    private static String idOf(ObjectNode object) {
        JsonNode id = object.get("id");
        return id == null ? "(without id)" : "'" + id.asText() + "'";
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Reads a relation kind by name from the vocabulary a reader carries as an attribute
     * ({@code readerFor(...).withAttribute(RelationKinds.class, kinds)}): kinds are data, not Java constants.
     */
    private static final class KindByName extends StdDeserializer<RelationKind> {

        KindByName() {
            super(RelationKind.class);
        }

        @Override
        public RelationKind deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String name = parser.getValueAsString();
            Object kinds = context.getAttribute(RelationKinds.class);
            if (!(kinds instanceof RelationKinds vocabulary)) {
                throw new IllegalStateException("relation kinds are read with a vocabulary; none was given");
            }
            return vocabulary.find(name).orElseThrow(() -> InvalidFormatException.from(parser,
                    "unknown relation kind", name, RelationKind.class));
        }
    }
}
