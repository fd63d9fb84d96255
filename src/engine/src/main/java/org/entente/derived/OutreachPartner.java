package org.entente.derived;

import java.util.List;

/** A non-member partner of the organisation lies in the region its outreach addresses. */
public record OutreachPartner(String outreach, String partner, List<String> basis) implements Derived {

    @Override
    public String id() {
        return "outreach-partner:" + outreach + ":" + partner;
    }

    @Override
    public String statement() {
        return "{%s} is a partner that {%s} addresses".formatted(partner, outreach);
    }
}
