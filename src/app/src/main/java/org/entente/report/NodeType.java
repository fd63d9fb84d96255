package org.entente.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;
import org.entente.domain.Actor;
import org.entente.domain.Event;
import org.entente.domain.Fact;
import org.entente.domain.Initiative;
import org.entente.domain.Outreach;

/** What a node of a report's graph stands for, which decides its shape in every format. */
public enum NodeType {
    ORGANISATION, STATE, PERSON, INITIATIVE, OUTREACH, EVENT;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type a fact is drawn as; empty for facts that are no node (relations, positions, regions ...). */
    static Optional<NodeType> of(Fact fact) {
        if (fact instanceof Actor actor) {
            return Optional.of(switch (actor.kind()) {
                case ORGANISATION -> ORGANISATION;
                case STATE -> STATE;
                case PERSON -> PERSON;
                // Until reports give them shapes of their own: a group acts on its own account like a state, an
                // agency speaks for its state like a person.
                case NON_STATE_GROUP -> STATE;
                case AGENCY -> PERSON;
            });
        }
        if (fact instanceof Initiative) {
            return Optional.of(INITIATIVE);
        }
        if (fact instanceof Outreach) {
            return Optional.of(OUTREACH);
        }
        return fact instanceof Event ? Optional.of(EVENT) : Optional.empty();
    }
}
