package org.entente.derived;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entente.domain.Fact;

/** Builds the {@code basis} of a derived fact from what a rule matched: facts, collections of facts, or ids. */
public final class Basis {

    private Basis() {
    }

    public static List<String> of(Object... matched) {
        Set<String> ids = new LinkedHashSet<>();
        for (Object part : matched) {
            add(ids, part);
        }
        return List.copyOf(new ArrayList<>(ids));
    }

    private static void add(Set<String> ids, Object part) {
        if (part instanceof Fact fact) {
            ids.add(fact.id());
        } else if (part instanceof Collection<?> many) {
            many.forEach(each -> add(ids, each));
        } else if (part instanceof String id) {
            ids.add(id);
        } else if (part != null) {
            throw new IllegalArgumentException("cannot cite " + part.getClass().getSimpleName() + " as a basis");
        }
    }
}
