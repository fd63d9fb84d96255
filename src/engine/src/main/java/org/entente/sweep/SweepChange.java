package org.entente.sweep;

import java.util.List;
import org.entente.domain.Fact;

/**
 * One change a sweep evaluates: facts to retract (by id) and facts to insert.
 *
 * @param label  what an analyst reads, e.g. {@code flip pos-fra-asia-office}
 * @param touches the id of the fact the change is about (two changes touching one fact are never combined)
 */
public record SweepChange(ChangeKind kind, String touches, String label, List<String> retract, List<Fact> insert) {

    public SweepChange {
        retract = List.copyOf(retract);
        insert = List.copyOf(insert);
    }
}
