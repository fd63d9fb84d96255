package org.entente.derived;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The subjects of a finding by the part each plays in it ("member", "blockers"), as a rule's consequence names them.
 * Key roles hold one id each and identify the finding, in the order given; other roles may hold many ids (every
 * member that blocks an initiative). The rule's {@code @aligned} and {@code @against} metadata name these roles, so
 * reports can draw who aligns with whom and who acts against whom.
 *
 * <pre>{@code Roles.of("initiative", $initiative.id()).and("blockers", $blockers)}</pre>
 */
public final class Roles {

    private final List<String> key = new ArrayList<>();
    private final Map<String, List<String>> members = new LinkedHashMap<>();

    private Roles() {
    }

    /** The first key role. */
    public static Roles of(String role, String id) {
        return new Roles().key(role, id);
    }

    /** Another key role: its id becomes part of the finding's id. */
    public Roles key(String role, String id) {
        put(role, List.of(id));
        key.add(id);
        return this;
    }

    /** A role that is not part of the finding's id: one id or a collection of them. */
    public Roles and(String role, Object ids) {
        if (ids instanceof String id) {
            put(role, List.of(id));
        } else if (ids instanceof Collection<?> many) {
            put(role, many.stream().map(String::valueOf).sorted().distinct().toList());
        } else {
            throw new IllegalArgumentException("role '" + role + "' must be an id or a collection of ids, not " + ids);
        }
        return this;
    }

    private void put(String role, List<String> ids) {
        if (members.putIfAbsent(role, ids) != null) {
            throw new IllegalArgumentException("role '" + role + "' is named twice");
        }
    }

    List<String> key() {
        return List.copyOf(key);
    }

    /** Key subjects first, in order, then the others sorted. */
    List<String> subjects() {
        Set<String> subjects = new LinkedHashSet<>(key);
        members.values().stream().flatMap(List::stream).sorted().forEach(subjects::add);
        return List.copyOf(subjects);
    }

    Map<String, List<String>> members() {
        return members;
    }
}
