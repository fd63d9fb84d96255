package org.entente.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.InputError;
import org.entente.Suggestions;
import org.entente.domain.Fact;

/**
 * Reads fact packs: YAML files of facts, each citing a verbatim quote of the pack's article or a named public
 * reference. Fails on the first problem with a one-line error naming file, line and field.
 */
public final class PackLoader {

    static final String EVIDENCE = "evidence";
    static final String REFERENCE = "reference";
    static final String NOTE = "note";
    private static final Set<String> PROVENANCE = Set.of(EVIDENCE, REFERENCE, NOTE);
    static final String VOCABULARY = "vocabulary";
    private static final List<String> TOP_LEVEL = List.of("title", "description", "article", VOCABULARY, "references",
            "facts");

    private PackLoader() {
    }

    /**
     * @param kinds the relation kinds of the rules ({@code rules/vocabulary.yaml}); each pack's own
     *              {@code vocabulary:} adds to them for the whole world
     */
    public static FactPack load(RelationKinds kinds, List<Path> packs) {
        List<LocatedYaml> documents = new ArrayList<>();
        RelationKinds world = kinds;
        for (Path pack : packs) {
            LocatedYaml document = LocatedYaml.read(pack);
            checkTopLevel(document);
            documents.add(document);
            world = world.extendedBy(document, "/" + VOCABULARY);
        }
        List<Declared> declared = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (int index = 0; index < packs.size(); index++) {
            files.add(documents.get(index).file());
            declared.addAll(readPack(packs.get(index), documents.get(index), world));
        }
        Consistency.check(declared, Map.of());
        return new FactPack(files, declared, world);
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
        Map<String, Reference> references = readReferences(document);
        JsonNode facts = root.get("facts");
        if (facts == null || !facts.isArray()) {
            throw new InputError(document.where("/facts") + " field 'facts'", "a fact pack needs a list of facts");
        }
        List<Declared> declared = new ArrayList<>();
        for (int index = 0; index < facts.size(); index++) {
            String pointer = "/facts/" + index;
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

    private static Map<String, Reference> readReferences(LocatedYaml document) {
        Map<String, Reference> references = new HashMap<>();
        JsonNode node = document.root().get("references");
        if (node == null || node.isNull()) {
            return references;
        }
        if (!node.isObject()) {
            throw new InputError(document.where("/references") + " field 'references'",
                    "references must map a key to {title, url}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            references.put(entry.getKey(), reference(document, "/references/" + entry.getKey(), entry.getValue()));
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
        return new Provenance(quotes, article == null ? null : article.source(), reference, note, null,
                document.where(pointer));
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
