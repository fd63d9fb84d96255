package org.entente.derived;

import java.util.List;

/**
 * The actor opposes something the organisation pursues in a region: one of its initiatives or its outreach.
 * Gathers positions and objections into one shape so rules can compare opponents of any of the two.
 */
public record Opposition(String actor, String organisation, String target, String region, List<String> basis)
        implements Derived {

    @Override
    public String id() {
        return "opposition:" + actor + ":" + target;
    }

    @Override
    public String statement() {
        return "{%s} opposes {%s} of {%s} in {%s}".formatted(actor, target, organisation, region);
    }
}
