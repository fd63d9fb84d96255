package org.entente.derived;

import java.util.List;

/** The initiative's region lies within one of its organisation's areas of responsibility. */
public record InArea(String initiative, String area, List<String> basis) implements Derived {

    @Override
    public String id() {
        return "in-area:" + initiative + ":" + area;
    }

    @Override
    public String statement() {
        return "{%s} lies within the area of responsibility {%s}".formatted(initiative, area);
    }
}
