package org.entente.derived;

import java.util.List;

/** The actor partners with the organisation without being a member of it. */
public record NonMemberPartner(String actor, String organisation, List<String> basis) implements Derived {

    @Override
    public String id() {
        return "non-member-partner:" + actor + ":" + organisation;
    }

    @Override
    public String statement() {
        return "{%s} is a partner of {%s} but not a member".formatted(actor, organisation);
    }
}
