package org.entente.draft;

import java.util.List;

/** A drafted pack: its facts in the order the article gave them, and the outlet they are attributed to by default. */
public record Draft(List<DraftFact> facts, String outlet) {

    public Draft {
        facts = List.copyOf(facts);
    }

    public List<DraftFact> ofType(String type) {
        return facts.stream().filter(fact -> fact.type().equals(type)).toList();
    }
}
