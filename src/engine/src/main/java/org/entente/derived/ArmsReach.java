package org.entente.derived;

import java.util.List;

/**
 * An export reaches at least one member of the organisation. It carries no basis of its own: the findings built on
 * it cite the member recipients, which say who and why.
 */
public record ArmsReach(String export, String organisation) implements Derived {

    @Override
    public String id() {
        return "arms-reach:" + export + ":" + organisation;
    }

    @Override
    public List<String> basis() {
        return List.of(export);
    }

    @Override
    public String statement() {
        return "{%s} reaches members of {%s}".formatted(export, organisation);
    }
}
