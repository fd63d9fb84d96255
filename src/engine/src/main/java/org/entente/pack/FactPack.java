package org.entente.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.entente.domain.Fact;
import org.entente.domain.Named;
import org.entente.io.Json;

/**
 * A validated world of facts, each with its provenance: one or more packs, possibly changed by a scenario, seen on
 * one day ({@link #asOf()}). {@link #facts()} are what the rules see: the facts holding that day, with what persons
 * and agencies do folded into the actor they speak for.
 */
public final class FactPack {

    private final List<String> files;
    private final Map<String, Declared> byId;
    private final RelationKinds kinds;
    private final LocalDate asOf;
    /** For a scenario's world, the world it changes, and the ids whose declared fact differs from that world's. */
    private final FactPack base;
    private final Set<String> changed;
    private volatile List<Fact> inForce;
    private volatile Folding folding;
    private volatile Map<String, Fact> inForceById;
    private volatile Delta delta;
    private volatile References references;
    private final Map<String, JsonNode> trees = new ConcurrentHashMap<>();

    /**
     * @param kinds the relation kinds the facts were read with, so scenario facts are read with the same
     * @param asOf  the day the world is seen on; null to take every fact as holding
     */
    public FactPack(List<String> files, List<Declared> declared, RelationKinds kinds, LocalDate asOf) {
        this.files = List.copyOf(files);
        this.kinds = kinds;
        this.asOf = asOf;
        Map<String, Declared> index = new LinkedHashMap<>();
        for (Declared each : declared) {
            index.put(each.fact().id(), each);
        }
        this.byId = Collections.unmodifiableMap(index);
        this.base = null;
        this.changed = Set.of();
    }

    private FactPack(FactPack base, Overlay world) {
        this.files = base.files;
        this.kinds = base.kinds;
        this.asOf = base.asOf;
        this.byId = Collections.unmodifiableMap(world);
        this.base = base;
        this.changed = world.changed();
    }

    /**
     * A world that differs from {@code base} by the changes in {@code world}, an overlay of the base's facts that the
     * caller no longer changes. What the rules see is then worked out from the changed facts alone, unless one of
     * them is an actor (who speaks for whom may change for any fact).
     */
    public static FactPack changed(FactPack base, Overlay world) {
        return new FactPack(base, world);
    }

    /**
     * How what the rules see here differs from what they see in {@code other}: the ids to retract (a fact gone, or
     * changed) and the facts to insert (new, or changed). Read from the changed facts alone when this world is a
     * change of {@code other} that leaves who speaks for whom alone; else by comparing every fact.
     */
    public Delta deltaFrom(FactPack other) {
        if (other == base && foldsAsBase()) {
            Delta computed = delta;
            if (computed == null) {
                computed = changedFacts();
                delta = computed;
            }
            return computed;
        }
        return Delta.between(other.facts(), facts());
    }

    /** The ids whose declared fact differs here from {@code other}'s, when this world is a change of that one. */
    public Optional<Set<String>> changedFrom(FactPack other) {
        return other == base ? Optional.of(changed) : Optional.empty();
    }

    /** What the rules see changes only in the changed facts themselves: no actor was changed, added or taken away. */
    private boolean foldsAsBase() {
        for (String id : changed) {
            if (isActor(base.byId.get(id)) || isActor(byId.get(id))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isActor(Declared declared) {
        return declared != null && declared.fact() instanceof org.entente.domain.Actor;
    }

    private Delta changedFacts() {
        Map<String, Fact> before = base.inForceById();
        List<String> retract = new ArrayList<>();
        List<Fact> insert = new ArrayList<>();
        for (String id : changed) {
            Fact was = before.get(id);
            Fact now = inForce(byId.get(id));
            if (was != null && !was.equals(now)) {
                retract.add(id);
            }
            if (now != null && !now.equals(was)) {
                insert.add(now);
            }
        }
        return new Delta(retract, insert);
    }

    /** A declared fact as the rules see it here, or null when it does not hold on {@link #asOf()}. */
    private Fact inForce(Declared declared) {
        return declared == null || !declared.provenance().holdsOn(asOf) ? null : base.folding().fold(declared.fact());
    }

    private Map<String, Fact> inForceById() {
        Map<String, Fact> index = inForceById;
        if (index == null) {
            index = new HashMap<>();
            for (Fact fact : facts()) {
                index.put(fact.id(), fact);
            }
            inForceById = index;
        }
        return index;
    }

    private Folding folding() {
        Folding computed = folding;
        if (computed == null) {
            computed = Folding.of(holding());
            folding = computed;
        }
        return computed;
    }

    private List<Fact> holding() {
        List<Fact> holding = new ArrayList<>(byId.size());
        byId.values().stream().filter(each -> each.provenance().holdsOn(asOf)).forEach(each -> holding.add(each.fact()));
        return holding;
    }

    /** The files the facts were read from. */
    public List<String> files() {
        return files;
    }

    /** The relation kinds of the rules and of the packs' own vocabularies. */
    public RelationKinds kinds() {
        return kinds;
    }

    public List<Declared> declared() {
        return List.copyOf(byId.values());
    }

    /** The day the world is seen on: {@code --as-of}, else the packs' {@code asOf}, else their article's date. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The same facts seen on another day. */
    public FactPack on(LocalDate day) {
        return new FactPack(files, declared(), kinds, day);
    }

    /** What the rules see: the facts that hold on {@link #asOf()}, folded (see {@link Folding}). */
    public List<Fact> facts() {
        List<Fact> facts = inForce;
        if (facts == null) {
            if (base != null && foldsAsBase()) {
                Map<String, Fact> kept = base.inForceById();
                List<Fact> seen = new ArrayList<>(byId.size());
                byId.forEach((id, declared) -> {
                    Fact fact = changed.contains(id) ? inForce(declared) : kept.get(id);
                    if (fact != null) {
                        seen.add(fact);
                    }
                });
                facts = List.copyOf(seen);
            } else {
                List<Fact> holding = holding();
                facts = List.copyOf(folding().foldAll(holding));
            }
            inForce = facts;
        }
        return facts;
    }

    /** How many facts the rules see. */
    public int size() {
        if (inForce == null && base != null && foldsAsBase()) {
            Delta change = deltaFrom(base);
            return base.size() - change.retract().size() + change.insert().size();
        }
        return facts().size();
    }

    /** The days on which some fact starts or stops holding, in order. */
    public SortedSet<LocalDate> boundaries() {
        SortedSet<LocalDate> days = new TreeSet<>();
        for (Declared each : byId.values()) {
            if (each.provenance().validFrom() != null) {
                days.add(each.provenance().validFrom());
            }
            if (each.provenance().validUntil() != null) {
                days.add(each.provenance().validUntil());
            }
        }
        return days;
    }

    /** The grade of a declared fact (see {@link Grade}); an attribution counts as an actor's if it names one. */
    public Grade grade(String id) {
        Provenance provenance = byId.get(id).provenance();
        String attribution = provenance.attribution();
        return provenance.grade(attribution != null && byId.containsKey(attribution)
                && byId.get(attribution).fact() instanceof org.entente.domain.Actor);
    }

    public Optional<Declared> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Map<String, Declared> byId() {
        return byId;
    }

    /** Which declared facts refer to which, worked out once. */
    public References references() {
        References computed = references;
        if (computed == null) {
            computed = References.of(byId.values().stream().map(Declared::fact).toList());
            references = computed;
        }
        return computed;
    }

    /**
     * A declared fact as a JSON tree, as a scenario's selector matches it on its fields; made once per fact and
     * shared, so it must only be read.
     */
    public JsonNode tree(String id) {
        return trees.computeIfAbsent(id, key -> Json.MAPPER.valueToTree(byId.get(key).fact()));
    }

    /** The human name of a fact that has one (actors, regions, initiatives, outreach, events), else its id. */
    public String nameOf(String id) {
        Declared declared = byId.get(id);
        if (declared == null) {
            return id;
        }
        return declared.fact() instanceof Named named ? named.name() : id;
    }
}
