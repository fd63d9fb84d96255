package org.entente.api;

import java.nio.file.Path;
import java.util.List;
import org.entente.scenario.ScenarioDefinition;

/**
 * A what-if: changes to a baseline world, and optionally what to expect of the result (then it is also a test).
 * Made by {@link Scenarios}: read from a file, parsed from text, or built in code. Immutable and safe to share.
 */
public final class Scenario {

    private final ScenarioDefinition definition;

    Scenario(ScenarioDefinition definition) {
        this.definition = definition;
    }

    public String name() {
        return definition.name();
    }

    /** The scenario's own words on what it asks, or null. */
    public String description() {
        return definition.description();
    }

    /** Where the scenario was read from, as shown in messages: a file, or the label it was parsed under. */
    public String file() {
        return definition.file();
    }

    /** The fact packs of its baseline; empty when it builds on the analyser's own packs. */
    public List<Path> packs() {
        return definition.packs();
    }

    /** How many changes it makes. */
    public int changes() {
        return definition.changes().size();
    }

    /** Whether it states expectations, which makes it a test ({@link Analyser#test(Scenario)}). */
    public boolean isTest() {
        return definition.isTest();
    }

    /**
     * The place of one of its top-level fields (e.g. {@code facts}), as an error names it: file and line, for a
     * host that refuses part of a scenario it was sent.
     */
    public String where(String field) {
        return definition.document().where("/" + field) + " field '" + field + "'";
    }

    ScenarioDefinition definition() {
        return definition;
    }

    @Override
    public String toString() {
        return "Scenario[" + name() + ", " + file() + "]";
    }
}
