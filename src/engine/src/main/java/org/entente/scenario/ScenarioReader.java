package org.entente.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.InputError;
import org.entente.Suggestions;
import org.entente.pack.FactReader;
import org.entente.pack.LocatedYaml;
import org.entente.result.FindingKind;

/**
 * Reads scenario files (YAML, or JSON) into {@link ScenarioDefinition}s; every structural error names file, line and
 * field.
 */
public final class ScenarioReader {

    /**
     * The most changes one scenario may make. Each selecting change looks at every fact of its type, so a scenario
     * costs changes times facts; a thousand keeps the largest request (1 MiB, a batch of 100) within seconds.
     */
    public static final int MAX_CHANGES = 1_000;

    private static final Set<String> TOP_LEVEL = Set.of("name", "description", "facts", "article", "changes",
            "expect");
    private static final List<String> ARTICLE = List.of("text", "references", "facts");
    private static final Set<String> VERBS = Set.of("retract", "assert", "modify");
    private static final Set<String> MODIFY = Set.of("match", "set");
    private static final Set<String> EXPECT = Set.of("present", "absent", "added", "removed", "exact");
    private static final Set<String> MATCHER = Set.of("rule", "subjects", "id", "kind");

    private ScenarioReader() {
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    public static ScenarioDefinition read(Path file) {
        LocatedYaml document = LocatedYaml.read(file);
        return from(document, file.toAbsolutePath().getParent());
    }

    /** A scenario from text, such as an HTTP request body; {@code label} names it in errors. */
    public static ScenarioDefinition parse(String label, String text) {
        return parse(label, text, LocatedYaml.Syntax.YAML);
    }

    /** A scenario from text in the syntax given, such as a request body sent as JSON. */
    public static ScenarioDefinition parse(String label, String text, LocatedYaml.Syntax syntax) {
        return from(LocatedYaml.parse(label, text, syntax), null);
    }

    private static ScenarioDefinition from(LocatedYaml document, Path folder) {
        JsonNode root = document.root();
        if (!root.isObject()) {
            throw new InputError(document.where(""), "a scenario is a mapping with 'name' and 'changes'");
        }
        LocatedYaml.rejectUnknownFields(document, "", root, sorted(TOP_LEVEL), "a scenario");
        String name = text(document, "/name", root.get("name"), true);
        String description = text(document, "/description", root.get("description"), false);
        List<Path> packs = packs(document, root.get("facts"), folder);
        String article = article(document, root.get("article"));
        List<Change> changes = changes(document, root.get("changes"));
        int added = article == null ? 0 : root.get("article").get("facts").size();
        if (added + changes.size() > MAX_CHANGES) {
            throw new InputError(document.where("/article/facts") + " field 'facts'", ("a scenario adds and changes "
                    + "at most %d facts in all, not %d; split it").formatted(MAX_CHANGES, added + changes.size()));
        }
        Expectations expect = root.has("expect") && !root.get("expect").isNull()
                ? expectations(document, root.get("expect")) : null;
        return new ScenarioDefinition(name, description, packs, article, changes, expect, document);
    }

    private static List<Path> packs(LocatedYaml document, JsonNode node, Path folder) {
        List<Path> packs = new ArrayList<>();
        if (node == null || node.isNull()) {
            return packs;
        }
        List<JsonNode> entries = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(entries::add);
        } else {
            entries.add(node);
        }
        for (int index = 0; index < entries.size(); index++) {
            String pointer = node.isArray() ? "/facts/" + index : "/facts";
            String path = text(document, pointer, entries.get(index), true);
            packs.add(resolve(Path.of(path), folder));
        }
        return packs;
    }

    /** A pack path is taken from the working directory (as on the command line), else beside the scenario. */
    private static Path resolve(Path path, Path folder) {
        if (path.isAbsolute() || Files.exists(path) || folder == null) {
            return path;
        }
        Path beside = folder.resolve(path);
        return Files.exists(beside) ? beside : path;
    }

    /**
     * The text of the article a scenario brings ({@code article: {text, references, facts}}: a draft, say); its facts
     * are read, and their quotes checked, when the scenario is applied, where the relation kinds are known.
     */
    private static String article(LocatedYaml document, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        String shape = "article is {text: the article, references: {...}, facts: [facts quoting it]}";
        if (!node.isObject()) {
            throw new InputError(document.where("/article") + " field 'article'", shape);
        }
        LocatedYaml.rejectUnknownFields(document, "/article", node, ARTICLE, "an article");
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw new InputError(document.where("/article/text") + " field 'text'", "the article's text is required");
        }
        JsonNode facts = node.get("facts");
        if (facts == null || !facts.isArray()) {
            throw new InputError(document.where("/article/facts") + " field 'facts'", shape);
        }
        return text.asText();
    }

    private static List<Change> changes(LocatedYaml document, JsonNode node) {
        List<Change> changes = new ArrayList<>();
        if (node == null || node.isNull()) {
            return changes;
        }
        if (!node.isArray()) {
            throw new InputError(document.where("/changes") + " field 'changes'", "changes must be a list");
        }
        if (node.size() > MAX_CHANGES) {
            throw new InputError(document.where("/changes") + " field 'changes'", "a scenario holds at most %d "
                    .formatted(MAX_CHANGES) + "changes, not %d; split it, or change the pack".formatted(node.size()));
        }
        for (int index = 0; index < node.size(); index++) {
            changes.add(change(document, "/changes/" + index, node.get(index)));
        }
        return changes;
    }

    private static Change change(LocatedYaml document, String pointer, JsonNode node) {
        if (!node.isObject() || node.size() != 1 || !VERBS.contains(node.fieldNames().next())) {
            String found = node.isObject() && node.size() > 0 ? node.fieldNames().next() : "";
            throw new InputError(document.where(pointer), "a change is one of retract, assert or modify"
                    + (found.isEmpty() ? "" : ", not '" + found + "'" + Suggestions.didYouMean(found, VERBS)));
        }
        String verb = node.fieldNames().next();
        String at = pointer + "/" + verb;
        JsonNode body = node.get(verb);
        return switch (verb) {
            case "retract" -> new Change.Retract(selector(document, at, body), at);
            case "assert" -> {
                if (!body.isObject()) {
                    throw new InputError(document.where(at) + " field 'assert'", "assert takes a fact: {type: ..., ...}");
                }
                yield new Change.Assert((ObjectNode) body, at);
            }
            default -> {
                if (!body.isObject()) {
                    throw new InputError(document.where(at) + " field 'modify'", "modify takes {match: ..., set: {...}}");
                }
                LocatedYaml.rejectUnknownFields(document, at, body, sorted(MODIFY), "modify");
                if (!body.has("match")) {
                    throw new InputError(document.where(at) + " field 'match'", "modify needs a 'match' (an id or fields)");
                }
                JsonNode set = body.get("set");
                if (set == null || !set.isObject() || set.isEmpty()) {
                    throw new InputError(document.where(at + "/set") + " field 'set'",
                            "modify needs 'set': the fields to change and their new values");
                }
                yield new Change.Modify(selector(document, at + "/match", body.get("match")), (ObjectNode) set, at);
            }
        };
    }

    private static Selector selector(LocatedYaml document, String pointer, JsonNode node) {
        if (node.isTextual()) {
            return Selector.byId(node.asText());
        }
        if (!node.isObject() || !node.hasNonNull(FactReader.TYPE)) {
            throw new InputError(document.where(pointer), "select facts by id, or by {type: ..., field: value, ...}");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (!entry.getKey().equals(FactReader.TYPE)) {
                if (!entry.getValue().isValueNode()) {
                    throw new InputError(document.where(pointer + "/" + entry.getKey()) + " field '" + entry.getKey()
                            + "'", "a match compares plain values");
                }
                fields.put(entry.getKey(), entry.getValue().asText());
            }
        }
        return Selector.byMatch(node.get(FactReader.TYPE).asText(), fields);
    }

    private static Expectations expectations(LocatedYaml document, JsonNode node) {
        if (!node.isObject()) {
            throw new InputError(document.where("/expect") + " field 'expect'",
                    "expect is a mapping of present, absent, added, removed and exact");
        }
        LocatedYaml.rejectUnknownFields(document, "/expect", node, sorted(EXPECT), "expect");
        JsonNode exact = node.get("exact");
        if (exact != null && !exact.isBoolean()) {
            throw new InputError(document.where("/expect/exact") + " field 'exact'", "exact is true or false");
        }
        return new Expectations(matchers(document, node, "present"), matchers(document, node, "absent"),
                matchers(document, node, "added"), matchers(document, node, "removed"),
                exact != null && exact.asBoolean());
    }

    private static List<FindingMatcher> matchers(LocatedYaml document, JsonNode expect, String name) {
        List<FindingMatcher> matchers = new ArrayList<>();
        JsonNode list = expect.get(name);
        String pointer = "/expect/" + name;
        if (list == null || list.isNull()) {
            return matchers;
        }
        if (!list.isArray()) {
            throw new InputError(document.where(pointer) + " field '" + name + "'",
                    name + " is a list of {rule: ..., subjects: [...]}");
        }
        for (int index = 0; index < list.size(); index++) {
            String at = pointer + "/" + index;
            JsonNode matcher = list.get(index);
            if (!matcher.isObject()) {
                throw new InputError(document.where(at), "a finding to expect is {rule: ..., subjects: [...]}");
            }
            LocatedYaml.rejectUnknownFields(document, at, matcher, sorted(MATCHER), "an expected finding");
            List<String> subjects = new ArrayList<>();
            JsonNode given = matcher.get("subjects");
            if (given != null && given.isArray()) {
                given.forEach(subject -> subjects.add(subject.asText()));
            } else if (given != null && !given.isNull()) {
                subjects.add(given.asText());
            }
            matchers.add(new FindingMatcher(text(document, at + "/rule", matcher.get("rule"), false), subjects,
                    text(document, at + "/id", matcher.get("id"), false),
                    kind(document, at + "/kind", text(document, at + "/kind", matcher.get("kind"), false))));
        }
        return matchers;
    }

    private static FindingKind kind(LocatedYaml document, String pointer, String label) {
        if (label == null) {
            return null;
        }
        List<String> kinds = Stream.of(FindingKind.values()).map(FindingKind::label).toList();
        return FindingKind.ofLabel(label).orElseThrow(() -> new InputError(document.where(pointer) + " field 'kind'",
                "no finding kind '%s'%s; the kinds are %s".formatted(label, Suggestions.didYouMean(label, kinds),
                        String.join(", ", kinds))));
    }

    private static String text(LocatedYaml document, String pointer, JsonNode node, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                String field = pointer.substring(pointer.lastIndexOf('/') + 1);
                throw new InputError(document.where(pointer) + " field '" + field + "'", "'" + field + "' is required");
            }
            return null;
        }
        if (!node.isValueNode()) {
            throw new InputError(document.where(pointer), "expected a plain value, not a " + node.getNodeType()
                    .name().toLowerCase(java.util.Locale.ROOT));
        }
        return node.asText();
    }
}
