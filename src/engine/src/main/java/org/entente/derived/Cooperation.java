package org.entente.derived;

import java.util.List;

/**
 * One actor acts cooperatively towards another: any relation whose kind has a positive Goldstein-style intensity
 * (seeking ties, supporting, agreeing, cooperating, aiding), one fact per relation.
 */
public record Cooperation(String actor, String partner, String relation, List<String> basis) implements Derived {

    @Override
    public String id() {
        return "cooperation:" + relation;
    }

    @Override
    public String statement() {
        return "{%s} cooperates with {%s}".formatted(actor, partner);
    }
}
