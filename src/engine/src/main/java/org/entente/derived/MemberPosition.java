package org.entente.derived;

import java.util.List;
import org.entente.domain.Stance;

/** A member of an organisation takes a stance on one of that organisation's initiatives. */
public record MemberPosition(String actor, String organisation, String initiative, Stance stance, List<String> basis)
        implements Derived {

    @Override
    public String id() {
        return "member-position:" + actor + ":" + initiative + ":" + stance.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String statement() {
        return "{%s}, a member of {%s}, %s {%s}".formatted(actor, organisation,
                stance.verb(), initiative);
    }
}
