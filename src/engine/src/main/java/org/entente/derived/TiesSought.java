package org.entente.derived;

import java.util.List;

/** Closer ties are sought between a partner and an organisation, by either side. */
public record TiesSought(String partner, String organisation, List<String> basis) implements Derived {

    @Override
    public String id() {
        return "ties-sought:" + partner + ":" + organisation + ":" + String.join("+", basis);
    }

    @Override
    public String statement() {
        return "closer ties are sought between {%s} and {%s}".formatted(partner, organisation);
    }
}
