package org.entente.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.InputError;
import org.entente.Suggestions;
import org.entente.domain.Fact;
import org.entente.io.PathNames;

/**
 * Reads fact packs: YAML files of facts, each citing a verbatim quote of the pack's article or a named public
 * reference. Fails on the first problem with a one-line error naming file, line and field.
 */
public final class PackLoader {

    static final String EVIDENCE = "evidence";
    static final String REFERENCE = "reference";
    static final String NOTE = "note";
    static final String STATUS = "status";
    static final String ATTRIBUTION = "attribution";
    static final String HEDGES = "hedges";
    static final String VALID_FROM = "validFrom";
    static final String VALID_UNTIL = "validUntil";
    static final String DRAFTED = "drafted";
    /** The fields every fact may carry besides its type's own: where it comes from, how firmly, and when. */
    public static final Set<String> PROVENANCE = new LinkedHashSet<>(List.of(EVIDENCE, REFERENCE, NOTE, STATUS,
            ATTRIBUTION, HEDGES, VALID_FROM, VALID_UNTIL, DRAFTED));
    static final String VOCABULARY = "vocabulary";
    static final String IMPORTS = "imports";
    private static final List<String> TOP_LEVEL = List.of("title", "description", "article", "published", "asOf",
            IMPORTS, VOCABULARY, "references", "facts");

    private PackLoader() {
    }

    /**
     * Loads packs and, before each, the packs it imports (each file once, however often imported).
     *
     * @param kinds the relation kinds of the rules ({@code rules/vocabulary.yaml}); each pack's own
     *              {@code vocabulary:} adds to them for the whole world
     */
    public static FactPack load(RelationKinds kinds, List<Path> packs) {
        Map<Path, LocatedYaml> documents = new LinkedHashMap<>();
        for (Path pack : packs) {
            include(pack, null, new ArrayList<>(), documents);
        }
        RelationKinds world = kinds;
        LocalDate asOf = null;
        LocalDate published = null;
        for (LocatedYaml document : documents.values()) {
            world = world.extendedBy(document, "/" + VOCABULARY);
            asOf = latest(asOf, date(document, "/asOf"));
            published = latest(published, date(document, "/published"));
        }
        List<Declared> declared = new ArrayList<>();
        Map<String, Declared> firstOfId = new HashMap<>();
        for (Map.Entry<Path, LocatedYaml> each : documents.entrySet()) {
            for (Declared fact : readPack(each.getKey(), each.getValue(), world)) {
                Declared first = firstOfId.putIfAbsent(fact.fact().id(), fact);
                if (first == null) {
                    declared.add(fact);
                } else if (first.document() != fact.document() && !first.fact().equals(fact.fact())) {
                    throw new InputError(fact.whereField("id"), ("id '%s' is declared differently at %s; packs that "
                            + "build on each other may repeat a fact only as it is").formatted(fact.fact().id(),
                            first.where()));
                } else if (first.document() == fact.document()) {
                    declared.add(fact);
                }
            }
        }
        Consistency.check(declared, Map.of());
        return new FactPack(documents.values().stream().map(LocatedYaml::file).toList(), declared, world,
                asOf != null ? asOf : published);
    }

    /** Reads a pack after the packs it imports; {@code chain} is the import path to it, to name a cycle. */
    private static void include(Path pack, String importedAt, List<Path> chain, Map<Path, LocatedYaml> documents) {
        Path key = pack.toAbsolutePath().normalize();
        if (chain.contains(key)) {
            List<String> names = new ArrayList<>();
            chain.subList(chain.indexOf(key), chain.size()).forEach(path -> names.add(PathNames.display(path)));
            names.add(PathNames.display(key));
            throw new InputError(importedAt, "packs import each other in a cycle: " + String.join(" imports ", names));
        }
        if (documents.containsKey(key)) {
            return;
        }
        if (importedAt != null && !Files.isRegularFile(key)) {
            throw new InputError(importedAt, "imports %s, which does not exist".formatted(PathNames.display(key)));
        }
        LocatedYaml document = LocatedYaml.read(pack);
        checkTopLevel(document);
        chain.add(key);
        JsonNode imports = document.root().get(IMPORTS);
        if (imports != null && !imports.isNull()) {
            if (!imports.isArray()) {
                throw new InputError(document.where("/" + IMPORTS) + " field 'imports'",
                        "imports is a list of packs, relative to this one: [world.yaml]");
            }
            for (int index = 0; index < imports.size(); index++) {
                String pointer = "/" + IMPORTS + "/" + index;
                include(resolve(pack, imports.get(index).asText()), document.where(pointer) + " field 'imports'",
                        chain, documents);
            }
        }
        chain.remove(chain.size() - 1);
        documents.put(key, document);
    }

    private static LocalDate latest(LocalDate first, LocalDate second) {
        return first == null || (second != null && second.isAfter(first)) ? second : first;
    }

    private static LocalDate date(LocatedYaml document, String pointer) {
        JsonNode node = document.root().at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        return Dates.parse(node.asText(), document.where(pointer) + " field '" + pointer.substring(
                pointer.lastIndexOf('/') + 1) + "'");
    }

    private static void checkTopLevel(LocatedYaml document) {
        if (!document.root().isObject()) {
            throw new InputError(document.where(""), "a fact pack is a mapping with 'article', 'references' and 'facts'");
        }
        LocatedYaml.rejectUnknownFields(document, "", document.root(), TOP_LEVEL, "a fact pack");
    }

    private static List<Declared> readPack(Path pack, LocatedYaml document, RelationKinds kinds) {
        JsonNode root = document.root();
        Article article = root.hasNonNull("article")
                ? Article.read(resolve(pack, root.get("article").asText()), document.where("/article") + " field 'article'")
                : null;
        return readFacts(document, "", article, kinds);
    }

    /**
     * The facts of a pack written inside another document, at {@code base}: its {@code references} and
     * {@code facts}, read as a pack's are, with every quote checked against {@code article}. A scenario that brings
     * an article of its own (a draft to run) has its facts read so: they keep their sources, and are graded by them.
     */
    public static List<Declared> readFacts(LocatedYaml document, String base, Article article, RelationKinds kinds) {
        Map<String, Reference> references = readReferences(document, base);
        JsonNode facts = document.root().at(base + "/facts");
        if (!facts.isArray()) {
            throw new InputError(document.where(base + "/facts") + " field 'facts'", "a fact pack needs a list of facts");
        }
        List<Declared> declared = new ArrayList<>();
        for (int index = 0; index < facts.size(); index++) {
            String pointer = base + "/facts/" + index;
            Fact fact = FactReader.read(document, pointer, PROVENANCE, kinds);
            Provenance provenance = provenance(document, pointer, fact, article, references);
            declared.add(new Declared(fact, provenance, document, pointer));
        }
        return declared;
    }

    private static Path resolve(Path pack, String relative) {
        Path parent = pack.toAbsolutePath().getParent();
        return parent == null ? Path.of(relative) : parent.resolve(relative);
    }

    private static Map<String, Reference> readReferences(LocatedYaml document, String base) {
        Map<String, Reference> references = new HashMap<>();
        JsonNode node = document.root().at(base + "/references");
        if (node.isMissingNode() || node.isNull()) {
            return references;
        }
        if (!node.isObject()) {
            throw new InputError(document.where(base + "/references") + " field 'references'",
                    "references must map a key to {title, url}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            references.put(entry.getKey(), reference(document, base + "/references/" + entry.getKey(),
                    entry.getValue()));
        }
        return references;
    }

    private static Reference reference(LocatedYaml document, String pointer, JsonNode node) {
        if (!node.isObject() || !node.hasNonNull("title") || !node.hasNonNull("url")) {
            throw new InputError(document.where(pointer) + " field 'reference'",
                    "a reference needs a 'title' and a 'url'");
        }
        return new Reference(node.get("title").asText(), node.get("url").asText());
    }

    private static Provenance provenance(LocatedYaml document, String pointer, Fact fact, Article article,
                                         Map<String, Reference> references) {
        JsonNode node = document.root().at(pointer);
        List<String> quotes = quotes(document, pointer, fact, node.get(EVIDENCE), article);
        Reference reference = null;
        JsonNode cited = node.get(REFERENCE);
        if (cited != null && cited.isTextual()) {
            reference = references.get(cited.asText());
            if (reference == null) {
                throw new InputError(document.where(pointer + "/" + REFERENCE) + " field 'reference'",
                        "fact '%s' cites the unknown reference '%s'%s".formatted(fact.id(), cited.asText(),
                                Suggestions.didYouMean(cited.asText(), references.keySet())));
            }
        } else if (cited != null && !cited.isNull()) {
            reference = reference(document, pointer + "/" + REFERENCE, cited);
        }
        if (quotes.isEmpty() && reference == null) {
            throw new InputError(document.where(pointer),
                    "fact '%s' cites neither evidence (a quote of the article) nor a reference".formatted(fact.id()));
        }
        String note = node.hasNonNull(NOTE) ? node.get(NOTE).asText() : null;
        LocalDate validFrom = date(document, pointer + "/" + VALID_FROM);
        LocalDate validUntil = date(document, pointer + "/" + VALID_UNTIL);
        if (validFrom != null && validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new InputError(document.where(pointer + "/" + VALID_UNTIL) + " field 'validUntil'",
                    "fact '%s' holds from %s until %s, which is no time at all (validUntil is exclusive)"
                            .formatted(fact.id(), validFrom, validUntil));
        }
        return new Provenance(quotes, article == null ? null : article.source(), reference, note, null,
                document.where(pointer), status(document, pointer), text(document, pointer, ATTRIBUTION),
                hedges(document, pointer), validFrom, validUntil, drafted(document, pointer));
    }

    private static FactStatus status(LocatedYaml document, String pointer) {
        JsonNode node = document.root().at(pointer + "/" + STATUS);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        List<String> valid = Arrays.stream(FactStatus.values()).map(Enum::name).toList();
        if (!valid.contains(node.asText())) {
            throw new InputError(document.where(pointer + "/" + STATUS) + " field 'status'",
                    "'%s' is not a valid status%s; use one of %s".formatted(node.asText(),
                            Suggestions.didYouMean(node.asText(), valid), String.join(", ", valid)));
        }
        return FactStatus.valueOf(node.asText());
    }

    private static String text(LocatedYaml document, String pointer, String field) {
        JsonNode node = document.root().at(pointer + "/" + field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new InputError(document.where(pointer + "/" + field) + " field '" + field + "'",
                    "%s is a name: an actor id, '%s', or the outlet".formatted(field, Provenance.ANONYMOUS));
        }
        return node.asText();
    }

    private static List<String> hedges(LocatedYaml document, String pointer) {
        JsonNode node = document.root().at(pointer + "/" + HEDGES);
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        String where = document.where(pointer + "/" + HEDGES) + " field 'hedges'";
        if (!node.isArray()) {
            throw new InputError(where, "hedges is a list of the quote's softening words: [\"reportedly\"]");
        }
        List<String> hedges = new ArrayList<>();
        node.forEach(hedge -> hedges.add(hedge.asText()));
        return hedges;
    }

    private static Drafted drafted(LocatedYaml document, String pointer) {
        JsonNode node = document.root().at(pointer + "/" + DRAFTED);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        String where = document.where(pointer + "/" + DRAFTED) + " field 'drafted'";
        JsonNode confidence = node.get("confidence");
        if (!node.isObject() || confidence == null || !confidence.isNumber() || confidence.asDouble() < 0
                || confidence.asDouble() > 1) {
            throw new InputError(where, "drafted is {confidence: 0 to 1, pattern: the drafter's pattern}");
        }
        LocatedYaml.rejectUnknownFields(document, pointer + "/" + DRAFTED, node, List.of("confidence", "pattern"),
                "drafted");
        return new Drafted(confidence.asDouble(), node.path("pattern").asText(null));
    }

    private static List<String> quotes(LocatedYaml document, String pointer, Fact fact, JsonNode evidence,
                                       Article article) {
        if (evidence == null || evidence.isNull()) {
            return List.of();
        }
        String where = document.where(pointer + "/" + EVIDENCE) + " field 'evidence'";
        List<String> quotes = new ArrayList<>();
        if (evidence.isTextual()) {
            quotes.add(evidence.asText());
        } else if (evidence.isArray()) {
            evidence.forEach(quote -> quotes.add(quote.asText()));
        } else {
            throw new InputError(where, "evidence is a quote or a list of quotes");
        }
        if (article == null) {
            throw new InputError(where, "fact '%s' quotes evidence but the pack names no 'article' to check it against"
                    .formatted(fact.id()));
        }
        for (String quote : quotes) {
            if (!article.quotes(quote)) {
                throw new InputError(where, "fact '%s' quotes text that is not in %s: \"%s\"".formatted(fact.id(),
                        article.source(), abbreviate(quote)));
            }
        }
        return quotes;
    }

    private static String abbreviate(String quote) {
        String folded = Article.fold(quote);
        return folded.length() <= 80 ? folded : folded.substring(0, 77) + "...";
    }
}
