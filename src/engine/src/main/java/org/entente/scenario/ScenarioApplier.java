package org.entente.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.entente.InputError;
import org.entente.Suggestions;
import org.entente.domain.Fact;
import org.entente.io.Json;
import org.entente.pack.Article;
import org.entente.pack.Consistency;
import org.entente.pack.Declared;
import org.entente.pack.FactPack;
import org.entente.pack.FactReader;
import org.entente.pack.FactType;
import org.entente.pack.LocatedYaml;
import org.entente.pack.Overlay;
import org.entente.pack.PackLoader;
import org.entente.pack.Provenance;
import org.entente.pack.RelationKinds;
import org.entente.pack.References;
import org.entente.pack.Vocabulary;

/**
 * Applies a scenario's changes, in order, to a baseline world, after the facts of the article it brings, if any: those
 * keep their sources (quotes of the article, status, hedges, how they were drafted) and are graded by them, as if the
 * article's pack were loaded on top of the baseline. Asserted and modified facts are marked hypothetical;
 * the result is validated like a pack, with every error located in the scenario file. The world is an overlay of the
 * baseline's ({@link Overlay}), and the baseline passed every check when it was loaded, so the checks look only where
 * the changes touch it: the references of the facts changed, what refers to a fact retracted, the regions' graph when
 * a region changed, who speaks for whom when an actor did.
 */
public final class ScenarioApplier {

    /**
     * Per fact class, the accessors of its fields that name other facts: a retraction reads them on every fact that
     * may refer to what it retracts, so they are read directly rather than through a JSON tree of each fact.
     */
    private static final Map<Class<?>, Map<String, Method>> REFERENCES = new ConcurrentHashMap<>();

    private ScenarioApplier() {
    }

    public static FactPack apply(ScenarioDefinition scenario, FactPack baseline) {
        Overlay world = new Overlay(baseline.byId());
        Map<String, String> retractedAt = new HashMap<>();
        List<Declared> changed = new ArrayList<>();
        Map<String, Integer> nextFresh = new HashMap<>();
        Map<Declared, JsonNode> trees = new IdentityHashMap<>();
        LocatedYaml document = scenario.document();
        if (scenario.article() != null) {
            Article article = new Article("the article of " + document.file(), scenario.article());
            for (Declared declared : PackLoader.readFacts(document, ScenarioDefinition.ARTICLE, article,
                    baseline.kinds())) {
                Declared existing = world.get(declared.fact().id());
                if (existing != null) {
                    throw new InputError(declared.whereField("id"), ("'%s' already exists (declared at %s); the "
                            + "article's facts add to the world, so give this one another id")
                            .formatted(declared.fact().id(), existing.where()));
                }
                world.put(declared.fact().id(), declared);
                changed.add(declared);
            }
        }
        for (Change change : scenario.changes()) {
            if (change instanceof Change.Retract retract) {
                for (String id : select(document, retract.pointer(), retract.selector(), baseline, world, trees)) {
                    world.remove(id);
                    retractedAt.put(id, retract.pointer());
                }
            } else if (change instanceof Change.Assert assertion) {
                Declared declared = asserted(scenario, assertion, world, baseline.kinds(), nextFresh);
                world.put(declared.fact().id(), declared);
                retractedAt.remove(declared.fact().id());
                changed.add(declared);
            } else if (change instanceof Change.Modify modify) {
                for (String id : select(document, modify.pointer() + "/match", modify.selector(), baseline, world,
                        trees)) {
                    Declared declared = modified(scenario, modify, world.get(id), baseline.kinds());
                    world.put(id, declared);
                    changed.add(declared);
                }
            }
        }
        checkNothingDangles(document, baseline, world, retractedAt);
        Consistency.checkChanged(changed.stream().filter(each -> world.get(each.fact().id()) == each).toList(),
                world);
        return FactPack.changed(baseline, world);
    }

    private static Declared asserted(ScenarioDefinition scenario, Change.Assert assertion, Map<String, Declared> world,
                                     RelationKinds kinds, Map<String, Integer> nextFresh) {
        LocatedYaml document = scenario.document();
        ObjectNode node = assertion.fact().deepCopy();
        if (!node.hasNonNull("id")) {
            node.put("id", freshId(node.path(FactReader.TYPE).asText("fact"), world, nextFresh));
        }
        Fact fact = FactReader.read(document, assertion.pointer(), node, Set.of(), kinds);
        Declared existing = world.get(fact.id());
        if (existing != null) {
            throw new InputError(document.where(assertion.pointer() + "/id") + " field 'id'",
                    "'%s' already exists (declared at %s); use modify to change it".formatted(fact.id(),
                            existing.where()));
        }
        return new Declared(fact, Provenance.hypothetical(scenario.name(), document.where(assertion.pointer())),
                document, assertion.pointer());
    }

    /** The next unused id of the type's series; counting on from the last one keeps n asserts linear, not n². */
    private static String freshId(String type, Map<String, Declared> world, Map<String, Integer> nextFresh) {
        String prefix = type.toLowerCase(Locale.ROOT) + "-hypothetical-";
        int next = nextFresh.getOrDefault(prefix, 1);
        while (world.containsKey(prefix + next)) {
            next++;
        }
        nextFresh.put(prefix, next + 1);
        return prefix + next;
    }

    private static Declared modified(ScenarioDefinition scenario, Change.Modify modify, Declared original,
                                     RelationKinds kinds) {
        LocatedYaml document = scenario.document();
        FactType type = Vocabulary.of(original.fact());
        ObjectNode node = Json.MAPPER.valueToTree(original.fact());
        node.put(FactReader.TYPE, type.name());
        List<String> was = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = modify.set().fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String field = entry.getKey();
            if (field.equals("id") || field.equals(FactReader.TYPE) || !type.fields().contains(field)) {
                throw new InputError(document.where(modify.pointer() + "/set/" + field) + " field '" + field + "'",
                        "modify can set the fields of %s other than id: %s%s".formatted(type.name(),
                                String.join(", ", type.fields().subList(1, type.fields().size())),
                                Suggestions.didYouMean(field, type.fields())));
            }
            was.add(field + " " + node.path(field).asText());
            node.set(field, entry.getValue());
        }
        Fact fact = FactReader.read(document, modify.pointer() + "/set", node, Set.of(), kinds);
        Provenance provenance = new Provenance(List.of(), null, null,
                "changed by the scenario; the baseline had " + String.join(", ", was), scenario.name(),
                document.where(modify.pointer()));
        return new Declared(fact, provenance, document, modify.pointer() + "/set");
    }

    /**
     * The ids a selector names; naming nothing is an error that offers the closest ids or values.
     *
     * @param trees each fact the scenario made as a tree, kept across its changes so no fact is converted twice (the
     *              baseline keeps its own facts' trees)
     */
    private static List<String> select(LocatedYaml document, String pointer, Selector selector, FactPack baseline,
                                       Map<String, Declared> world, Map<Declared, JsonNode> trees) {
        String where = document.where(pointer);
        if (selector.isById()) {
            if (!world.containsKey(selector.id())) {
                throw new InputError(where, "no fact has id '%s'%s".formatted(selector.id(),
                        Suggestions.didYouMean(selector.id(), world.keySet())));
            }
            return List.of(selector.id());
        }
        FactType type = Vocabulary.named(selector.type()).orElseThrow(() -> new InputError(where + " field 'type'",
                "unknown type '%s'%s; the types are %s".formatted(selector.type(),
                        Suggestions.didYouMean(selector.type(), Vocabulary.typeNames()),
                        String.join(", ", Vocabulary.typeNames()))));
        for (String field : selector.fields().keySet()) {
            if (!type.fields().contains(field)) {
                throw document.unknownField(pointer, type.name(), field, type.fields());
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Declared declared : world.values()) {
            if (type.recordClass().isInstance(declared.fact())) {
                String id = declared.fact().id();
                JsonNode tree = baseline.byId().get(id) == declared ? baseline.tree(id)
                        : trees.computeIfAbsent(declared, each -> Json.MAPPER.valueToTree(each.fact()));
                candidates.add(new Candidate(id, tree, selector));
            }
        }
        List<String> matched = candidates.stream().filter(Candidate::matchesAll).map(Candidate::id).toList();
        if (matched.isEmpty()) {
            throw new InputError(where, "no %s matches %s%s".formatted(type.name(), selector,
                    closest(selector, candidates, world.keySet())));
        }
        return matched;
    }

    private static String closest(Selector selector, List<Candidate> candidates, Set<String> ids) {
        for (Map.Entry<String, String> wanted : selector.fields().entrySet()) {
            Set<String> values = new TreeSet<>();
            candidates.forEach(candidate -> values.add(candidate.tree.path(wanted.getKey()).asText()));
            if (!values.contains(wanted.getValue())) {
                String close = Suggestions.didYouMean(wanted.getValue(), values);
                if (close.isEmpty()) {
                    // The value may be a misspelt id of a fact that no such fact refers to yet.
                    close = Suggestions.didYouMean(wanted.getValue(), ids);
                }
                return "; no %s has %s '%s'%s".formatted(selector.type(), wanted.getKey(), wanted.getValue(), close);
            }
        }
        List<String> nearest = candidates.stream().sorted(Comparator.comparingInt(Candidate::agreeing).reversed()
                .thenComparing(Candidate::id)).limit(3).map(Candidate::id).toList();
        return nearest.isEmpty() ? "" : "; the closest are " + String.join(", ", nearest);
    }

    private record Candidate(String id, JsonNode tree, Selector selector) {

        int agreeing() {
            return (int) selector.fields().entrySet().stream()
                    .filter(wanted -> tree.path(wanted.getKey()).asText().equals(wanted.getValue())).count();
        }

        boolean matchesAll() {
            return agreeing() == selector.fields().size();
        }
    }

    private static void checkNothingDangles(LocatedYaml document, FactPack baseline, Overlay world,
                                            Map<String, String> retractedAt) {
        if (retractedAt.isEmpty() || !dangles(baseline, world, retractedAt)) {
            return;
        }
        // Some fact refers to a retracted one: the error names the first in the world's order, as a pack's would.
        for (Declared declared : world.values()) {
            Fact fact = declared.fact();
            for (Map.Entry<String, Method> reference : accessors(fact).entrySet()) {
                for (String target : targets(fact, reference.getValue())) {
                    if (retractedAt.containsKey(target)) {
                        List<String> all = References.of(world.values().stream().map(Declared::fact).toList())
                                .dependents(target);
                        String message = "retracting '%s' leaves %s '%s' referring to it (field '%s'); retract or "
                                .formatted(target, Vocabulary.of(fact).name(), fact.id(), reference.getKey())
                                + "modify that too";
                        throw new InputError(document.where(retractedAt.get(target)), message + (all.size() > 1
                                ? " (all that rests on it: %s)".formatted(String.join(", ", all)) : ""));
                    }
                }
            }
        }
    }

    /**
     * Whether a fact of the world refers to a retracted one. Only two kinds can: a fact of the baseline that referred
     * to it and is unchanged, and a fact the scenario changed or made.
     */
    private static boolean dangles(FactPack baseline, Overlay world, Map<String, String> retractedAt) {
        Set<String> changed = world.changed();
        Set<String> suspects = new LinkedHashSet<>();
        for (String target : retractedAt.keySet()) {
            baseline.references().referrers(target).stream().filter(id -> !changed.contains(id))
                    .forEach(suspects::add);
        }
        changed.stream().filter(world::containsKey).forEach(suspects::add);
        for (String id : suspects) {
            Fact fact = world.get(id).fact();
            for (Method accessor : accessors(fact).values()) {
                if (targets(fact, accessor).stream().anyMatch(retractedAt::containsKey)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Map<String, Method> accessors(Fact fact) {
        return REFERENCES.computeIfAbsent(fact.getClass(), type -> referenceAccessors(Vocabulary.of(fact)));
    }

    private static Map<String, Method> referenceAccessors(FactType type) {
        Map<String, Method> accessors = new LinkedHashMap<>();
        type.javaNames().forEach((field, javaName) -> {
            if (type.references().containsKey(field)) {
                try {
                    accessors.put(field, type.recordClass().getMethod(javaName));
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException("the vocabulary names a missing field " + javaName, e);
                }
            }
        });
        return accessors;
    }

    private static List<String> targets(Fact fact, Method accessor) {
        Object value;
        try {
            value = accessor.invoke(fact);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of " + fact.id(), e);
        }
        if (value == null) {
            return List.of();
        }
        return value instanceof Collection<?> many ? many.stream().map(String::valueOf).toList()
                : List.of(value.toString());
    }
}
