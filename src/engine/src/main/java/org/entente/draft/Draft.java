package org.entente.draft;

import java.util.List;
import org.entente.pack.FactPack;

/** A drafted pack: its facts in the order the article gave them, and the outlet they are attributed to by default. */
public record Draft(List<DraftFact> facts, String outlet) {

    public Draft {
        facts = List.copyOf(facts);
    }

    /**
     * The draft without what {@code imported} already holds: an actor or region of the same id, or a fact of the
     * same type and fields. Drafted facts keep referring to those ids, which the imports then supply.
     */
    public Draft without(FactPack imported) {
        java.util.Set<String> held = new java.util.HashSet<>();
        imported.declared().forEach(declared -> held.add(declared.fact().id()));
        List<DraftFact> kept = facts.stream()
                .filter(fact -> !held.contains(fact.id()) || !(fact.type().equals("Actor") || fact.type().equals("Region")))
                .filter(fact -> !heldElsewhere(fact, imported))
                .toList();
        return new Draft(kept, outlet);
    }

    private static boolean heldElsewhere(DraftFact fact, FactPack imported) {
        return imported.declared().stream().anyMatch(declared ->
                org.entente.pack.Vocabulary.of(declared.fact()).name().equals(fact.type())
                        && sameFields(org.entente.io.Json.MAPPER.valueToTree(declared.fact()), fact));
    }

    private static boolean sameFields(com.fasterxml.jackson.databind.JsonNode node, DraftFact fact) {
        if (fact.type().equals("Actor") || fact.type().equals("Region")) {
            return false;
        }
        for (java.util.Map.Entry<String, Object> field : fact.fields().entrySet()) {
            com.fasterxml.jackson.databind.JsonNode value = node.get(field.getKey());
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
