package org.entente.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.InputError;
import org.entente.Suggestions;
import org.entente.domain.Plover;
import org.entente.domain.Quad;
import org.entente.domain.RelationKind;

/**
 * The relation kinds facts may use: read from a vocabulary file beside the rules ({@code rules/vocabulary.yaml}),
 * extended by a pack's own {@code vocabulary:} section. Each entry is checked as it is read, and its place kept, so
 * a fact naming an unknown kind lists the known ones and a pack redefining a kind names both declarations.
 */
public final class RelationKinds {

    /** The file, in a rules folder, that holds the relation kinds. */
    public static final String FILE = "vocabulary.yaml";

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern CAMEO = Pattern.compile("(0[1-9]|1[0-9]|20)[0-9]{0,2}");
    private static final List<String> FIELDS = List.of("cameo", "plover", "quad", "intensity", "verb", "example",
            "mutual");
    private static final List<String> REQUIRED = List.of("cameo", "quad", "intensity", "verb");

    private final Map<String, RelationKind> kinds;
    private final Map<String, String> declaredAt;
    private final Map<String, String> examples;

    private RelationKinds(Map<String, RelationKind> kinds, Map<String, String> declaredAt,
                          Map<String, String> examples) {
        this.kinds = Collections.unmodifiableMap(kinds);
        this.declaredAt = Collections.unmodifiableMap(declaredAt);
        this.examples = Collections.unmodifiableMap(examples);
    }

    /** Reads {@code vocabulary.yaml} of a rules folder. */
    public static RelationKinds read(Path rulesFolder) {
        LocatedYaml document = LocatedYaml.read(rulesFolder.resolve(FILE));
        JsonNode root = document.root();
        if (!root.isObject() || !root.has("kinds")) {
            throw new InputError(document.where(""), "a vocabulary file is a mapping with 'kinds': a mapping of "
                    + "relation kinds to {cameo, plover, quad, intensity, verb}");
        }
        LocatedYaml.rejectUnknownFields(document, "", root, List.of("kinds"), "a vocabulary file");
        RelationKinds none = new RelationKinds(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
        return none.extendedBy(document, "/kinds");
    }

    /**
     * These kinds and those declared at {@code pointer} of a document (a pack's {@code vocabulary:}). Redeclaring a
     * kind is allowed only with an identical entry, so a pack cannot silently change what a rule's kind means.
     */
    public RelationKinds extendedBy(LocatedYaml document, String pointer) {
        JsonNode node = document.root().at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            return this;
        }
        String field = pointer.substring(pointer.lastIndexOf('/') + 1);
        if (!node.isObject()) {
            throw new InputError(document.where(pointer) + " field '" + field + "'",
                    "'%s' maps relation kinds to {cameo, plover, quad, intensity, verb}".formatted(field));
        }
        Map<String, RelationKind> all = new LinkedHashMap<>(kinds);
        Map<String, String> places = new LinkedHashMap<>(declaredAt);
        Map<String, String> said = new LinkedHashMap<>(examples);
        for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String at = pointer + "/" + entry.getKey();
            RelationKind kind = entry(document, at, entry.getKey(), entry.getValue());
            RelationKind earlier = all.get(kind.name());
            if (earlier != null && !earlier.equals(kind)) {
                throw new InputError(document.where(at) + " field '" + kind.name() + "'",
                        "relation kind %s is already defined differently at %s (%s)".formatted(kind.name(),
                                places.get(kind.name()), difference(earlier, kind)));
            }
            all.putIfAbsent(kind.name(), kind);
            places.putIfAbsent(kind.name(), document.where(at));
            if (entry.getValue().hasNonNull("example")) {
                said.putIfAbsent(kind.name(), entry.getValue().get("example").asText());
            }
        }
        return new RelationKinds(all, places, said);
    }

    /** The first field two entries of one kind disagree on, as "field: there, here". */
    private static String difference(RelationKind there, RelationKind here) {
        Map<String, List<Object>> fields = new LinkedHashMap<>();
        fields.put("cameo", List.of(there.cameo(), here.cameo()));
        fields.put("plover", Arrays.asList(there.plover(), here.plover()));
        fields.put("quad", List.of(there.quad(), here.quad()));
        fields.put("intensity", List.of(there.intensity(), here.intensity()));
        fields.put("verb", List.of(there.verb(), here.verb()));
        fields.put("mutual", List.of(there.mutual(), here.mutual()));
        return fields.entrySet().stream().filter(field -> !java.util.Objects.equals(field.getValue().get(0),
                        field.getValue().get(1)))
                .map(field -> "%s: %s there, %s here".formatted(field.getKey(), field.getValue().get(0),
                        field.getValue().get(1)))
                .findFirst().orElse("");
    }

    private static RelationKind entry(LocatedYaml document, String pointer, String name, JsonNode node) {
        String where = document.where(pointer) + " field '" + name + "'";
        if (!NAME.matcher(name).matches()) {
            throw new InputError(where, "a relation kind is named in capitals and underscores, like SEEKS_CLOSER_TIES, "
                    + "not '" + name + "'");
        }
        if (!node.isObject()) {
            throw new InputError(where, "relation kind %s needs {cameo, plover, quad, intensity, verb}".formatted(name));
        }
        LocatedYaml.rejectUnknownFields(document, pointer, node, FIELDS, "relation kind " + name);
        for (String required : REQUIRED) {
            if (!node.hasNonNull(required)) {
                throw new InputError(where, "relation kind %s is missing its required field '%s'".formatted(name,
                        required));
            }
        }
        List<String> cameo = cameo(document, pointer + "/cameo", name, node.get("cameo"));
        Plover plover = node.hasNonNull("plover")
                ? constant(document, pointer + "/plover", name, node.get("plover"), Plover.class) : null;
        Quad quad = constant(document, pointer + "/quad", name, node.get("quad"), Quad.class);
        for (String code : cameo) {
            if (Quad.ofCameo(code) != quad) {
                throw new InputError(document.where(pointer + "/quad") + " field 'quad'",
                        "relation kind %s is %s, but CAMEO %s is %s".formatted(name, quad, code, Quad.ofCameo(code)));
            }
        }
        JsonNode intensity = node.get("intensity");
        if (!intensity.isNumber() || Math.abs(intensity.asDouble()) > 10) {
            throw new InputError(document.where(pointer + "/intensity") + " field 'intensity'",
                    "relation kind %s needs an intensity from -10 to 10, not '%s'".formatted(name, intensity.asText()));
        }
        JsonNode verb = node.get("verb");
        if (!verb.isTextual() || verb.asText().isBlank()) {
            throw new InputError(document.where(pointer + "/verb") + " field 'verb'",
                    "relation kind %s needs a verb, as a sentence would say it".formatted(name));
        }
        JsonNode mutual = node.path("mutual");
        if (!mutual.isMissingNode() && !mutual.isBoolean()) {
            throw new InputError(document.where(pointer + "/mutual") + " field 'mutual'",
                    "relation kind %s has mutual: '%s'; it is true (both sides do it to each other) or false"
                            .formatted(name, mutual.asText()));
        }
        return new RelationKind(name, cameo, plover, quad, intensity.asDouble(), verb.asText(),
                mutual.asBoolean(false));
    }

    private static List<String> cameo(LocatedYaml document, String pointer, String name, JsonNode node) {
        List<JsonNode> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(values::add);
        } else {
            values.add(node);
        }
        List<String> codes = new ArrayList<>();
        for (JsonNode value : values) {
            if (!value.isTextual() || !CAMEO.matcher(value.asText()).matches()) {
                throw new InputError(document.where(pointer) + " field 'cameo'",
                        "relation kind %s names '%s', which is not a CAMEO code (two to four digits, root 01 to 20, "
                                .formatted(name, value.asText()) + "written as a string: \"051\")");
            }
            codes.add(value.asText());
        }
        if (codes.isEmpty()) {
            throw new InputError(document.where(pointer) + " field 'cameo'",
                    "relation kind %s needs at least one CAMEO code".formatted(name));
        }
        return codes;
    }

    private static <E extends Enum<E>> E constant(LocatedYaml document, String pointer, String name, JsonNode node,
                                                  Class<E> type) {
        String field = pointer.substring(pointer.lastIndexOf('/') + 1);
        List<String> valid = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (node.isTextual() && valid.contains(node.asText())) {
            return Enum.valueOf(type, node.asText());
        }
        throw new InputError(document.where(pointer) + " field '" + field + "'",
                "relation kind %s has '%s', not a valid %s%s; use one of %s".formatted(name, node.asText(), field,
                        Suggestions.didYouMean(node.asText(), valid), String.join(", ", valid)));
    }

    public Optional<RelationKind> find(String name) {
        return Optional.ofNullable(kinds.get(name));
    }

    /** The kind of this name; for kinds already checked to exist, as in rule tests. */
    public RelationKind named(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no relation kind " + name + "; the kinds are "
                + String.join(", ", names())));
    }

    /** Every kind, in the order the vocabulary declares them. */
    public Collection<RelationKind> all() {
        return kinds.values();
    }

    public Set<String> names() {
        return kinds.keySet();
    }

    /** The article words a kind was added for, where its entry gives them. */
    public Optional<String> example(String name) {
        return Optional.ofNullable(examples.get(name));
    }

    /**
     * The kinds as a Markdown table, for docs/world-model.md (a test keeps the page's copy equal to this).
     */
    public String markdownTable() {
        StringBuilder table = new StringBuilder("| kind | verb | mutual | CAMEO | PLOVER | quad class | intensity | "
                + "example |\n|---|---|---|---|---|---|---|---|\n");
        for (RelationKind kind : kinds.values()) {
            table.append(String.format(java.util.Locale.ROOT, "| `%s` | %s | %s | %s | %s | %s | %+.1f | %s |\n",
                    kind.name(), kind.verb(), kind.mutual() ? "yes" : "",
                    String.join(", ", kind.cameo()), kind.plover() == null ? "(none)" : kind.plover(),
                    kind.quad().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), kind.intensity(),
                    example(kind.name()).orElse("").replace("|", "\\|")));
        }
        return table.toString();
    }

    /** {@code file:line} where a kind was first declared. */
    public String declaredAt(String name) {
        return declaredAt.get(name);
    }
}
