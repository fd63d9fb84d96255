package org.entente.pack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.domain.Fact;

/**
 * How what the rules see differs between two worlds: the ids of facts to retract (gone, or changed) and the facts to
 * insert (new, or changed), which turn a live session at the one into the other.
 */
public record Delta(List<String> retract, List<Fact> insert) {

    public Delta {
        retract = List.copyOf(retract);
        insert = List.copyOf(insert);
    }

    /** By comparing every fact of the two worlds. */
    public static Delta between(List<Fact> before, List<Fact> after) {
        Map<String, Fact> was = new HashMap<>();
        before.forEach(fact -> was.put(fact.id(), fact));
        Map<String, Fact> now = new HashMap<>();
        after.forEach(fact -> now.put(fact.id(), fact));
        List<String> retract = new ArrayList<>();
        List<Fact> insert = new ArrayList<>();
        was.forEach((id, fact) -> {
            if (!fact.equals(now.get(id))) {
                retract.add(id);
            }
        });
        now.forEach((id, fact) -> {
            if (!fact.equals(was.get(id))) {
                insert.add(fact);
            }
        });
        return new Delta(retract, insert);
    }
}
