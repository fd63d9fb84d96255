package org.entente.derived;

import java.util.List;

/**
 * An actor and an organisation work together militarily: a relation of CAMEO 062 (military cooperation, arms,
 * equipment) between them in either direction, or the actor's forces in an exercise the organisation holds.
 */
public record DefenceTie(String actor, String organisation, String source, List<String> basis) implements Derived {

    @Override
    public String id() {
        return "defence-tie:" + actor + ":" + organisation + ":" + source;
    }

    @Override
    public String statement() {
        return "{%s} and {%s} work together on defence".formatted(actor, organisation);
    }
}
