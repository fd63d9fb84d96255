package org.entente.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The facts drafted so far, in the order they were found; the same fact found twice is kept once. */
final class Facts {

    private final Map<String, DraftFact> byId = new LinkedHashMap<>();
    private final Map<String, String> idByKey = new HashMap<>();

    boolean has(String id) {
        return byId.containsKey(id);
    }

    String typeOf(String id) {
        DraftFact fact = byId.get(id);
        return fact == null ? "" : fact.type();
    }

    /**
     * Adds the fact, or another quote to the same fact found before; returns the id it is kept under.
     *
     * @throws IllegalStateException when another fact holds the id: the drafter gave one id to two things (a person
     *                               and a region both "kishida"), and keeping either would lose the other or point a
     *                               fact at the wrong one
     */
    String add(DraftFact fact) {
        String existing = idByKey.get(fact.key());
        if (existing != null) {
            byId.put(existing, byId.get(existing).foundAgain(fact));
            return existing;
        }
        DraftFact holder = byId.get(fact.id());
        if (holder != null) {
            throw new IllegalStateException("the draft has two facts of id '" + fact.id() + "': " + holder.type()
                    + " " + holder.key() + " and " + fact.type() + " " + fact.key());
        }
        byId.put(fact.id(), fact);
        idByKey.put(fact.key(), fact.id());
        return fact.id();
    }

    /** The fact under {@code id} as found again with more said about it ("the summit", later "NATO's summit"). */
    void replace(String id, DraftFact fact) {
        DraftFact old = byId.get(id);
        idByKey.remove(old.key());
        byId.put(id, fact);
        idByKey.put(fact.key(), id);
    }

    /** Whether a fact drafted so far names {@code id} in one of its fields, alone or in a list. */
    boolean refersTo(String id) {
        return byId.values().stream().flatMap(fact -> fact.fields().values().stream())
                .anyMatch(value -> id.equals(value) || (value instanceof List<?> list && list.contains(id)));
    }

    DraftFact get(String id) {
        return byId.get(id);
    }

    String uniqueId(String base) {
        String id = base;
        for (int n = 2; byId.containsKey(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    List<DraftFact> all() {
        return new ArrayList<>(byId.values());
    }
}
