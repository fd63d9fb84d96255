package org.entente.derived;

import java.util.List;

/** The initiative's region lies outside every area of responsibility of its organisation. */
public record OutOfArea(String initiative, String organisation, String region, List<String> basis) implements Derived {

    @Override
    public String id() {
        return "out-of-area:" + initiative;
    }

    @Override
    public String statement() {
        return "{%s} lies in {%s}, outside {%s}'s area of responsibility".formatted(initiative, region, organisation);
    }
}
