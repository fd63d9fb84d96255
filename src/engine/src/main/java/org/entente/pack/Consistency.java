package org.entente.pack;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.InputError;
import org.entente.Suggestions;
import org.entente.domain.Actor;
import org.entente.domain.ActorKind;
import org.entente.domain.Fact;
import org.entente.domain.Position;
import org.entente.domain.Region;
import org.entente.domain.Sector;
import org.entente.domain.Stance;

/**
 * Checks that hold across facts: ids are unique, every reference names a fact of the right type, regions contain
 * each other in no cycle, persons and agencies say whom they speak for, a conditional stance names its condition.
 */
public final class Consistency {

    /** Each record class's accessors by component name, looked up once: references are read per fact and field. */
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                accessors.put(component.getName(), component.getAccessor());
            }
            return accessors;
        }
    };

    private Consistency() {
    }

    /**
     * @param declared the facts to check
     * @param outside  facts they may refer to that are declared elsewhere (a scenario's baseline, say)
     */
    public static void check(List<Declared> declared, Map<String, Declared> outside) {
        Map<String, Declared> byId = new LinkedHashMap<>(outside);
        for (Declared each : declared) {
            Declared first = byId.putIfAbsent(each.fact().id(), each);
            if (first != null && first != each) {
                throw new InputError(each.whereField("id"), "duplicate id '%s' (first declared at %s)"
                        .formatted(each.fact().id(), first.where()));
            }
        }
        for (Declared each : declared) {
            checkReferences(each, byId);
            checkShape(each);
        }
        checkRegionGraph(byId);
        checkSpeakers(byId);
    }

    /**
     * The same checks for facts a scenario changed, in a world that passed them all before the change: the
     * references and shape of each changed fact; the regions' graph only when a region changed, who speaks for whom
     * only when an actor did, since only those can close a cycle. When a graph is checked, it is walked in the order
     * {@link #check} walks it (the facts left as they were, then the changed ones), so it names the same fact.
     *
     * @param changed the facts the scenario changed or made, as they now stand in {@code world}
     */
    public static void checkChanged(List<Declared> changed, Map<String, Declared> world) {
        for (Declared each : changed) {
            checkReferences(each, world);
            checkShape(each);
        }
        if (changed.stream().anyMatch(each -> each.fact() instanceof Region)) {
            checkRegionGraph(inCheckOrder(changed, world, Region.class));
        }
        if (changed.stream().anyMatch(each -> each.fact() instanceof Actor)) {
            checkSpeakers(inCheckOrder(changed, world, Actor.class));
        }
    }

    /** The facts of one type, those left as they were first (in the world's order), then those changed. */
    private static Map<String, Declared> inCheckOrder(List<Declared> changed, Map<String, Declared> world,
                                                      Class<? extends Fact> type) {
        Set<String> changedIds = new HashSet<>();
        changed.forEach(each -> changedIds.add(each.fact().id()));
        Map<String, Declared> ordered = new LinkedHashMap<>();
        world.forEach((id, declared) -> {
            if (type.isInstance(declared.fact()) && !changedIds.contains(id)) {
                ordered.put(id, declared);
            }
        });
        changed.stream().filter(each -> type.isInstance(each.fact())).forEach(each -> ordered.put(each.fact().id(), each));
        return ordered;
    }

    /** Fields that only make sense together: who a person or agency speaks for; a condition for a conditional stance. */
    private static void checkShape(Declared declared) {
        if (declared.fact() instanceof Actor actor) {
            boolean person = actor.kind() == ActorKind.PERSON;
            boolean agency = actor.kind() == ActorKind.AGENCY;
            if (person && actor.represents() == null) {
                throw new InputError(declared.whereField("represents"),
                        "person '%s' needs 'represents': the actor it speaks for".formatted(actor.id()));
            }
            if (!person && actor.represents() != null) {
                throw new InputError(declared.whereField("represents"), ("only a PERSON represents an actor; '%s' is "
                        + "a %s (an agency is partOf one)").formatted(actor.id(), actor.kind()));
            }
            if (agency && (actor.partOf() == null || actor.sector() == null)) {
                throw new InputError(declared.whereField(actor.partOf() == null ? "partOf" : "sector"),
                        ("agency '%s' needs 'partOf' (the state or organisation it belongs to) and 'sector' (one of %s)")
                                .formatted(actor.id(), java.util.Arrays.toString(Sector.values())));
            }
            if (!agency && (actor.partOf() != null || actor.sector() != null)) {
                throw new InputError(declared.whereField(actor.partOf() != null ? "partOf" : "sector"),
                        "only an AGENCY has 'partOf' and 'sector'; '%s' is a %s".formatted(actor.id(), actor.kind()));
            }
        }
        if (declared.fact() instanceof Position position) {
            boolean conditional = position.stance() == Stance.CONDITIONAL;
            if (conditional && position.condition() == null) {
                throw new InputError(declared.whereField("condition"), ("position '%s' is CONDITIONAL, so it names "
                        + "its condition: the id of the fact its consent depends on").formatted(position.id()));
            }
            if (!conditional && position.condition() != null) {
                throw new InputError(declared.whereField("condition"), "position '%s' is %s; only a CONDITIONAL stance "
                        .formatted(position.id(), position.stance()) + "has a condition");
            }
        }
    }

    /** Persons and agencies lead, through represents and partOf, to an actor that speaks for itself. */
    private static void checkSpeakers(Map<String, Declared> byId) {
        for (Declared each : byId.values()) {
            if (!(each.fact() instanceof Actor actor)) {
                continue;
            }
            List<String> path = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Actor at = actor; at != null; ) {
                path.add(at.id());
                if (!seen.add(at.id())) {
                    throw new InputError(each.whereField(actor.kind() == ActorKind.PERSON ? "represents" : "partOf"),
                            "actors speak for each other in a cycle: " + String.join(" for ", path));
                }
                String up = at.represents() != null ? at.represents() : at.partOf();
                at = up != null && byId.get(up) != null && byId.get(up).fact() instanceof Actor next ? next : null;
            }
        }
    }

    private static void checkReferences(Declared declared, Map<String, Declared> byId) {
        Fact fact = declared.fact();
        FactType type = Vocabulary.of(fact);
        Map<String, String> javaNames = type.javaNames();
        type.references().forEach((field, targetTypes) -> {
            Object value = component(fact, javaNames.get(field));
            for (Object each : value instanceof java.util.Collection<?> many ? many : java.util.Collections.singleton(value)) {
                if (each != null) {
                    checkReference(declared, type, field, each.toString(), targetTypes, byId);
                }
            }
        });
    }

    private static void checkReference(Declared declared, FactType type, String field, String id,
                                       Set<String> targetTypes, Map<String, Declared> byId) {
        Fact fact = declared.fact();
        Declared target = byId.get(id);
        if (target == null) {
            throw new InputError(declared.whereField(field), "%s '%s' refers to unknown id '%s'%s".formatted(
                    type.name(), fact.id(), id, Suggestions.didYouMean(id, byId.keySet())));
        }
        String targetType = Vocabulary.of(target.fact()).name();
        if (!targetTypes.isEmpty() && !targetTypes.contains(targetType)) {
            throw new InputError(declared.whereField(field), "%s '%s' needs %s in '%s', but '%s' is %s"
                    .formatted(type.name(), fact.id(), withArticle(String.join(" or ", targetTypes)), field, id,
                            withArticle(targetType)));
        }
    }

    static Object component(Fact fact, String javaName) {
        Method accessor = ACCESSORS.get(fact.getClass()).get(javaName);
        if (accessor == null) {
            throw new IllegalStateException("vocabulary names a missing field " + javaName);
        }
        try {
            return accessor.invoke(fact);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("vocabulary names a missing field " + javaName, e);
        }
    }

    /** Containment may nest to any depth and a region may lie in several, but never, through any path, in itself. */
    private static void checkRegionGraph(Map<String, Declared> byId) {
        Map<String, List<String>> parents = new HashMap<>();
        for (Declared each : byId.values()) {
            if (each.fact() instanceof Region region) {
                parents.put(region.id(), region.within());
            }
        }
        Set<String> done = new HashSet<>();
        for (Declared each : byId.values()) {
            if (each.fact() instanceof Region region) {
                List<String> cycle = cycleFrom(region.id(), parents, new ArrayList<>(), done);
                if (cycle != null) {
                    throw new InputError(blamed(byId, cycle).whereField("within"),
                            "regions contain each other in a cycle: " + String.join(" within ", cycle));
                }
            }
        }
    }

    private static List<String> cycleFrom(String region, Map<String, List<String>> parents, List<String> path,
                                          Set<String> done) {
        if (path.contains(region)) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(region), path.size()));
            cycle.add(region);
            return cycle;
        }
        if (done.contains(region)) {
            return null;
        }
        path.add(region);
        for (String parent : parents.getOrDefault(region, List.of())) {
            List<String> cycle = cycleFrom(parent, parents, path, done);
            if (cycle != null) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        done.add(region);
        return null;
    }

    /**
     * The region of a cycle to name: one a scenario assumed when there is one (the pack was consistent before the
     * scenario changed it), else the first.
     */
    private static Declared blamed(Map<String, Declared> byId, List<String> path) {
        List<Declared> cycle = path.subList(path.indexOf(path.get(path.size() - 1)), path.size() - 1).stream()
                .map(byId::get).toList();
        return cycle.stream().filter(declared -> declared.provenance().hypothetical() != null).findFirst()
                .orElse(cycle.get(0));
    }

    /** "an Initiative", "a Region". */
    private static String withArticle(String noun) {
        return ("AEIOU".indexOf(Character.toUpperCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
    }
}
