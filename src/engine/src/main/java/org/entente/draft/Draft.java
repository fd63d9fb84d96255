package org.entente.draft;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.domain.Fact;
import org.entente.io.Json;
import org.entente.pack.Declared;
import org.entente.pack.FactPack;
import org.entente.pack.Vocabulary;

/** A drafted pack: its facts in the order the article gave them, and the outlet they are attributed to by default. */
public record Draft(List<DraftFact> facts, String outlet) {

    public Draft {
        facts = List.copyOf(facts);
    }

    /**
     * The draft without what {@code imported} already holds: an actor or region of the same id, or a fact of the
     * same type and fields. Drafted facts refer to those by the id the imports give them ("NATO condemned China and
     * Russia's partnership" points at the imported partnership), so the draft loads on top of its imports; a kept fact
     * whose id the imports use for something else takes another.
     */
    public Draft without(FactPack imported) {
        return without(imported.declared().stream().map(Declared::fact).toList());
    }

    /** The draft without what {@code imported} holds: every fact the imports declare, in force or not. */
    public Draft without(List<Fact> imported) {
        Set<String> held = new HashSet<>();
        imported.forEach(fact -> held.add(fact.id()));
        Map<String, String> renamed = new HashMap<>();
        Set<String> taken = new HashSet<>(held);
        List<DraftFact> kept = new ArrayList<>();
        for (DraftFact drafted : facts) {
            DraftFact fact = drafted.withFields(referringTo(drafted.fields(), renamed));
            boolean named = fact.type().equals("Actor") || fact.type().equals("Region");
            if (named && held.contains(fact.id())) {
                continue;
            }
            Optional<String> same = named ? Optional.empty() : heldAs(fact, imported);
            if (same.isPresent()) {
                renamed.put(fact.id(), same.get());
                continue;
            }
            String id = fact.id();
            for (int n = 2; taken.contains(id); n++) {
                id = fact.id() + "-" + n;
            }
            taken.add(id);
            if (!id.equals(fact.id())) {
                renamed.put(fact.id(), id);
                fact = fact.withId(id);
            }
            kept.add(fact);
        }
        return new Draft(kept, outlet);
    }

    private static Map<String, Object> referringTo(Map<String, Object> fields, Map<String, String> renamed) {
        Map<String, Object> changed = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            String other = renamed.get(String.valueOf(value));
            changed.put(name, other != null ? other : value);
        });
        return changed;
    }

    private static Optional<String> heldAs(DraftFact fact, List<Fact> imported) {
        for (Fact held : imported) {
            if (Vocabulary.of(held).name().equals(fact.type()) && sameFields(Json.MAPPER.valueToTree(held), fact)) {
                return Optional.of(held.id());
            }
        }
        return Optional.empty();
    }

    private static boolean sameFields(JsonNode node, DraftFact fact) {
        for (Map.Entry<String, Object> field : fact.fields().entrySet()) {
            if (field.getKey().equals("name")) {
                continue;
            }
            JsonNode value = node.get(field.getKey());
            if (value == null || !value.asText().equals(String.valueOf(field.getValue()))) {
                return false;
            }
        }
        return true;
    }

    public List<DraftFact> ofType(String type) {
        return facts.stream().filter(fact -> fact.type().equals(type)).toList();
    }
}
