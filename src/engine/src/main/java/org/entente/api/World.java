package org.entente.api;

import java.util.List;
import java.util.Optional;
import org.entente.domain.Fact;
import org.entente.pack.Declared;
import org.entente.pack.FactPack;

/**
 * A world's facts, read-only: the records of {@code org.entente.domain}, for reports that draw what lies behind the
 * findings (actors, memberships). Immutable and safe to share.
 */
public final class World {

    private final FactPack facts;

    World(FactPack facts) {
        this.facts = facts;
    }

    /** Every fact, in the order the packs (then a scenario's changes) declare them; a copy. */
    public List<Fact> facts() {
        return facts.facts();
    }

    public Optional<Fact> fact(String id) {
        return facts.find(id).map(Declared::fact);
    }

    /** How a fact is named in sentences: its name when it has one, else its id. */
    public String nameOf(String id) {
        return facts.nameOf(id);
    }

    /**
     * Every fact the packs declare, in force on the world's day or not, with a scenario's changes: what a draft
     * building on the world refers to instead of repeating.
     */
    public List<Fact> declared() {
        return facts.declared().stream().map(Declared::fact).toList();
    }

    /** The fact packs the facts come from, as shown in messages. */
    public List<String> files() {
        return facts.files();
    }
}
