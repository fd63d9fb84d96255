package org.entente.sweep;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.domain.AreaOfResponsibility;
import org.entente.domain.Fact;
import org.entente.domain.Initiative;
import org.entente.domain.Position;
import org.entente.domain.Stance;

/** Lists the single-fact changes of a world: every retraction, every stance flip, every area widening. */
public final class ChangeGenerator {

    private ChangeGenerator() {
    }

    public static List<SweepChange> changes(List<Fact> facts, Set<ChangeKind> kinds) {
        List<SweepChange> changes = new ArrayList<>();
        if (kinds.contains(ChangeKind.RETRACT)) {
            for (Fact fact : facts) {
                changes.add(new SweepChange(ChangeKind.RETRACT, fact.id(), "retract " + fact.id(), List.of(fact.id()),
                        List.of()));
            }
        }
        if (kinds.contains(ChangeKind.FLIP)) {
            for (Fact fact : facts) {
                // Neutrality has no opposite; a conditional or delayed consent flips to consent given.
                if (fact instanceof Position position && position.stance() != Stance.NEUTRAL) {
                    Stance opposite = position.stance() == Stance.SUPPORTS ? Stance.OPPOSES : Stance.SUPPORTS;
                    Position flipped = new Position(position.id(), position.actor(), position.initiative(), opposite,
                            null, position.voicedBy());
                    changes.add(new SweepChange(ChangeKind.FLIP, position.id(), "flip " + position.id() + " to "
                            + opposite, List.of(position.id()), List.of(flipped)));
                }
            }
        }
        if (kinds.contains(ChangeKind.WIDEN)) {
            changes.addAll(widenings(facts));
        }
        return changes;
    }

    /** For every organisation with an area, one change per region of its initiatives that the area does not name. */
    private static List<SweepChange> widenings(List<Fact> facts) {
        Map<String, Set<String>> areas = facts.stream().filter(AreaOfResponsibility.class::isInstance)
                .map(AreaOfResponsibility.class::cast).collect(Collectors.groupingBy(AreaOfResponsibility::organisation,
                        Collectors.mapping(AreaOfResponsibility::region, Collectors.toSet())));
        Set<List<String>> wanted = new LinkedHashSet<>();
        for (Fact fact : facts) {
            if (fact instanceof Initiative initiative && areas.containsKey(initiative.organisation())
                    && !areas.get(initiative.organisation()).contains(initiative.region())) {
                wanted.add(List.of(initiative.organisation(), initiative.region()));
            }
        }
        List<SweepChange> changes = new ArrayList<>();
        for (List<String> pair : wanted) {
            String id = "area-" + pair.get(0) + "-" + pair.get(1);
            changes.add(new SweepChange(ChangeKind.WIDEN, id, "widen " + pair.get(0) + "'s area to " + pair.get(1),
                    List.of(), List.of(new AreaOfResponsibility(id, pair.get(0), pair.get(1)))));
        }
        return changes;
    }
}
