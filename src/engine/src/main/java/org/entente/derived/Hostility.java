package org.entente.derived;

import java.util.List;

/**
 * One actor acts against another: a relation of a conflict quad class (verbal or material) aimed at the other, or
 * at a tie between the two (cancelling an agreement with it). One fact per relation, so a rule can cite the act.
 */
public record Hostility(String actor, String target, String act, List<String> basis) implements Derived {

    @Override
    public String id() {
        return "hostility:" + act + ":" + target;
    }

    @Override
    public String statement() {
        return "{%s} acts against {%s}".formatted(actor, target);
    }
}
