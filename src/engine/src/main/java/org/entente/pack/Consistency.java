package org.entente.pack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.InputError;
import org.entente.Suggestions;
import org.entente.domain.Fact;
import org.entente.domain.Region;

/** Checks that hold across facts: ids are unique, every reference names a fact of the right type, regions form a tree. */
public final class Consistency {

    /** How many levels of region containment rules/geography.drl follows. */
    public static final int MAX_REGION_DEPTH = 5;

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
        }
        checkRegionTree(byId);
    }

    private static void checkReferences(Declared declared, Map<String, Declared> byId) {
        Fact fact = declared.fact();
        FactType type = Vocabulary.of(fact);
        Map<String, String> javaNames = type.javaNames();
        type.references().forEach((field, targetTypes) -> {
            Object value = component(fact, javaNames.get(field));
            if (value == null) {
                return;
            }
            String id = value.toString();
            Declared target = byId.get(id);
            if (target == null) {
                throw new InputError(declared.whereField(field), "%s '%s' refers to unknown id '%s'%s".formatted(
                        type.name(), fact.id(), id, Suggestions.didYouMean(id, byId.keySet())));
            }
            String targetType = Vocabulary.of(target.fact()).name();
            if (!targetTypes.isEmpty() && !targetTypes.contains(targetType)) {
                throw new InputError(declared.whereField(field), "%s '%s' needs a %s in '%s', but '%s' is a %s"
                        .formatted(type.name(), fact.id(), String.join(" or ", targetTypes), field, id, targetType));
            }
        });
    }

    private static Object component(Fact fact, String javaName) {
        try {
            return fact.getClass().getMethod(javaName).invoke(fact);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("vocabulary names a missing field " + javaName, e);
        }
    }

    private static void checkRegionTree(Map<String, Declared> byId) {
        Map<String, String> parent = new HashMap<>();
        for (Declared each : byId.values()) {
            if (each.fact() instanceof Region region && region.within() != null) {
                parent.put(region.id(), region.within());
            }
        }
        for (Declared each : byId.values()) {
            if (each.fact() instanceof Region region) {
                Set<String> seen = new HashSet<>();
                List<String> path = new ArrayList<>();
                for (String at = region.id(); at != null; at = parent.get(at)) {
                    path.add(at);
                    if (!seen.add(at)) {
                        throw new InputError(each.whereField("within"), "regions contain each other in a cycle: "
                                + String.join(" within ", path));
                    }
                }
                if (path.size() > MAX_REGION_DEPTH + 1) {
                    throw new InputError(each.whereField("within"), "regions nest %d deep, but the rules follow "
                            .formatted(path.size() - 1) + "containment at most " + MAX_REGION_DEPTH + " levels: "
                            + String.join(" within ", path));
                }
            }
        }
    }
}
