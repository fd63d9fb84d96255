package org.entente.pack;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.domain.Fact;
import org.entente.domain.Named;

/** A validated world of facts, each with its provenance: one or more packs, possibly changed by a scenario. */
public final class FactPack {

    private final List<String> files;
    private final Map<String, Declared> byId;
    private final RelationKinds kinds;

    /** @param kinds the relation kinds the facts were read with, so scenario facts are read with the same */
    public FactPack(List<String> files, List<Declared> declared, RelationKinds kinds) {
        this.files = List.copyOf(files);
        this.kinds = kinds;
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

    public List<Fact> facts() {
        List<Fact> facts = new ArrayList<>(byId.size());
        byId.values().forEach(each -> facts.add(each.fact()));
        return facts;
    }

    public int size() {
        return byId.size();
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
