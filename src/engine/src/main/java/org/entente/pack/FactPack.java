package org.entente.pack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.entente.domain.Fact;
import org.entente.domain.Named;

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
    private volatile List<Fact> inForce;

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
            List<Fact> holding = new ArrayList<>(byId.size());
            byId.values().stream().filter(each -> each.provenance().holdsOn(asOf)).forEach(each -> holding.add(each.fact()));
            facts = List.copyOf(Folding.fold(holding));
            inForce = facts;
        }
        return facts;
    }

    /** How many facts the rules see. */
    public int size() {
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

    /** The human name of a fact that has one (actors, regions, initiatives, outreach, events), else its id. */
    public String nameOf(String id) {
        Declared declared = byId.get(id);
        if (declared == null) {
            return id;
        }
        return declared.fact() instanceof Named named ? named.name() : id;
    }
}
