package org.entente.derived;

import java.util.List;

/**
 * Something an actor pursues in a region, whether an initiative it decides on or an outreach to partners, in one
 * shape so that rules about reactions to plans (threats, accusations) need not say which.
 */
public record Plan(String plan, String owner, String region, List<String> basis) implements Derived {

    @Override
    public String id() {
        return "plan:" + plan;
    }

    @Override
    public String statement() {
        return "{%s} is pursued by {%s} in {%s}".formatted(plan, owner, region);
    }
}
