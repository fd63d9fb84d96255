package org.entente.derived;

import java.util.List;

/** {@code inner} lies within {@code outer}, directly or through intermediate regions; every region lies within itself. */
public record RegionWithin(String inner, String outer, List<String> basis) implements Derived {

    @Override
    public String id() {
        return "within:" + inner + ":" + outer;
    }

    @Override
    public String statement() {
        return inner.equals(outer) ? "{%s} is a region".formatted(inner) : "{%s} lies within {%s}".formatted(inner, outer);
    }
}
