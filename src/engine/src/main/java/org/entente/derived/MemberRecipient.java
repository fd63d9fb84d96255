package org.entente.derived;

import java.util.List;

/** A member of an organisation receives the arms of an export. */
public record MemberRecipient(String export, String organisation, String member, List<String> basis)
        implements Derived {

    @Override
    public String id() {
        return "member-recipient:" + export + ":" + member + ":" + organisation;
    }

    @Override
    public String statement() {
        return "{%s}, a member of {%s}, receives the arms".formatted(member, organisation);
    }
}
