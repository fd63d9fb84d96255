package org.entente.pack;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.domain.Fact;

/**
 * Which facts refer to which, by the reference fields of the vocabulary (a membership's member, a person's
 * {@code represents}, a region's {@code within}): the one rule for what retracting a fact takes with it. A what-if
 * refuses a retraction that leaves a reference dangling and names these facts; a sweep retracts them with it.
 */
public final class References {

    private final Map<String, List<String>> referrers = new HashMap<>();

    private References(Collection<? extends Fact> facts) {
        for (Fact fact : facts) {
            FactType type = Vocabulary.of(fact);
            Map<String, String> javaNames = type.javaNames();
            for (String field : type.references().keySet()) {
                Object value = Consistency.component(fact, javaNames.get(field));
                List<Object> targets = new ArrayList<>();
                if (value instanceof Collection<?> many) {
                    targets.addAll(many);
                } else if (value != null) {
                    targets.add(value);
                }
                for (Object target : targets) {
                    referrers.computeIfAbsent(target.toString(), id -> new ArrayList<>()).add(fact.id());
                }
            }
        }
    }

    public static References of(Collection<? extends Fact> facts) {
        return new References(facts);
    }

    /** The facts that refer to {@code id} directly, in the order of the facts. */
    public List<String> referrers(String id) {
        return referrers.getOrDefault(id, List.of());
    }

    /** The facts that refer to {@code id}, and those that refer to them, and so on: in the order they are reached. */
    public List<String> dependents(String id) {
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(id));
        while (!next.isEmpty()) {
            for (String referrer : referrers.getOrDefault(next.removeFirst(), List.of())) {
                if (!referrer.equals(id) && reached.add(referrer)) {
                    next.addLast(referrer);
                }
            }
        }
        return List.copyOf(reached);
    }
}
