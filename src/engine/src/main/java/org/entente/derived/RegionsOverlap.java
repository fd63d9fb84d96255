package org.entente.derived;

import java.util.List;

/** One of the two regions lies within the other, so they are one theatre for comparing actors' moves. */
public record RegionsOverlap(String first, String second, List<String> basis) implements Derived {

    @Override
    public String id() {
        return "overlap:" + first + ":" + second;
    }

    @Override
    public String statement() {
        return "{%s} and {%s} overlap".formatted(first, second);
    }
}
