package org.entente.sweep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.entente.domain.AreaOfResponsibility;
import org.entente.domain.Fact;
import org.entente.domain.Initiative;
import org.entente.domain.Membership;
import org.entente.domain.Outreach;
import org.entente.domain.Position;
import org.entente.domain.Stance;

/**
 * Lists the single-fact changes of a world: every retraction (with the facts that rest on the one retracted), every
 * stance flip, every area widening, and on request every position a member could take on its organisation's
 * initiatives. Facts the analyst keeps are never changed.
 */
public final class ChangeGenerator {

    private ChangeGenerator() {
    }

    /** The changes, and the retractions skipped because they would take a kept fact with them. */
    public record Changes(List<SweepChange> changes, List<String> skipped) {

        public Changes {
            changes = List.copyOf(changes);
            skipped = List.copyOf(skipped);
        }
    }

    /** Every change of these kinds, none kept, each retraction alone: for benchmarks and differential tests. */
    public static List<SweepChange> changes(List<Fact> facts, Set<ChangeKind> kinds) {
        return changes(facts, kinds, fact -> false, id -> List.of()).changes();
    }

    /**
     * @param kept       the facts no change may touch
     * @param dependents for a fact id, the facts that rest on it (refer to it, directly or not), which a
     *                   retraction takes with it: the rule the what-if applies
     */
    public static Changes changes(List<Fact> facts, Set<ChangeKind> kinds, Predicate<Fact> kept,
                                  Function<String, List<String>> dependents) {
        List<SweepChange> changes = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<String, Fact> byId = new LinkedHashMap<>();
        facts.forEach(fact -> byId.put(fact.id(), fact));
        if (kinds.contains(ChangeKind.RETRACT)) {
            for (Fact fact : facts) {
                if (kept.test(fact)) {
                    continue;
                }
                List<String> resting = dependents.apply(fact.id());
                List<String> keptDependents = resting.stream().filter(id -> kept.test(byId.get(id))).toList();
                if (!keptDependents.isEmpty()) {
                    skipped.add("retract %s: it would take kept %s with it".formatted(fact.id(),
                            String.join(", ", keptDependents)));
                    continue;
                }
                List<String> retract = new ArrayList<>(List.of(fact.id()));
                retract.addAll(resting);
                String label = "retract " + fact.id() + (resting.isEmpty() ? ""
                        : " with the %d fact%s resting on it (%s)".formatted(resting.size(),
                                resting.size() == 1 ? "" : "s", String.join(", ", resting)));
                changes.add(new SweepChange(ChangeKind.RETRACT, fact.id(), label, retract, List.of()));
            }
        }
        if (kinds.contains(ChangeKind.FLIP)) {
            for (Fact fact : facts) {
                // Neutrality has no opposite; a conditional or delayed consent flips to consent given.
                if (fact instanceof Position position && position.stance() != Stance.NEUTRAL && !kept.test(fact)) {
                    Stance opposite = position.stance() == Stance.SUPPORTS ? Stance.OPPOSES : Stance.SUPPORTS;
                    Position flipped = new Position(position.id(), position.actor(), position.initiative(), opposite,
                            null, position.voicedBy());
                    changes.add(new SweepChange(ChangeKind.FLIP, position.id(), "flip " + position.id() + " to "
                            + opposite, List.of(position.id()), List.of(flipped)));
                }
            }
        }
        if (kinds.contains(ChangeKind.WIDEN)) {
            changes.addAll(widenings(facts).stream().filter(change -> change.insert().stream().noneMatch(kept))
                    .toList());
        }
        if (kinds.contains(ChangeKind.ASSERT)) {
            changes.addAll(memberPositions(facts).stream()
                    .filter(change -> change.insert().stream().noneMatch(kept)).toList());
        }
        return new Changes(changes, skipped);
    }

    /**
     * For every member of an organisation and every initiative or outreach of that organisation on which the member
     * has no position, the two positions it could take: support and opposition.
     */
    private static List<SweepChange> memberPositions(List<Fact> facts) {
        Set<List<String>> taken = new HashSet<>();
        for (Fact fact : facts) {
            if (fact instanceof Position position) {
                taken.add(List.of(position.actor(), position.initiative()));
            }
        }
        Map<String, List<String>> initiatives = new LinkedHashMap<>();
        for (Fact fact : facts) {
            if (fact instanceof Initiative initiative) {
                initiatives.computeIfAbsent(initiative.organisation(), org -> new ArrayList<>()).add(initiative.id());
            } else if (fact instanceof Outreach outreach) {
                initiatives.computeIfAbsent(outreach.organisation(), org -> new ArrayList<>()).add(outreach.id());
            }
        }
        List<SweepChange> changes = new ArrayList<>();
        for (Fact fact : facts) {
            if (!(fact instanceof Membership membership)) {
                continue;
            }
            for (String initiative : initiatives.getOrDefault(membership.organisation(), List.of())) {
                if (taken.add(List.of(membership.member(), initiative))) {
                    String id = "sweep-pos-" + membership.member() + "-" + initiative;
                    for (Stance stance : List.of(Stance.SUPPORTS, Stance.OPPOSES)) {
                        changes.add(new SweepChange(ChangeKind.ASSERT, id, "assert %s %s %s".formatted(
                                membership.member(), stance, initiative), List.of(),
                                List.of(new Position(id, membership.member(), initiative, stance, null, null))));
                    }
                }
            }
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
