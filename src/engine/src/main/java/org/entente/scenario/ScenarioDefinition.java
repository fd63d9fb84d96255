package org.entente.scenario;

import java.nio.file.Path;
import java.util.List;
import org.entente.pack.LocatedYaml;

/**
 * A what-if as read from its document: changes to a baseline world, and optionally what to expect of the result.
 * The API hands it out wrapped in {@link org.entente.api.Scenario}, which keeps the parsed document to itself.
 *
 * @param packs     the fact packs of the baseline; empty for the analyser's own packs
 * @param article   the text of an article the scenario brings, whose facts ({@code article.facts}, quoting it) it
 *                  adds to the world with their sources; null when it brings none
 * @param expect    null when the scenario makes no claims (it is then not a test)
 * @param document  the parsed file, kept so that errors in applying the changes can name their lines
 */
public record ScenarioDefinition(String name, String description, List<Path> packs, String article,
                                 List<Change> changes, Expectations expect, LocatedYaml document) {

    public ScenarioDefinition {
        packs = List.copyOf(packs);
        changes = List.copyOf(changes);
    }

    /** The file the scenario was read from, as shown to the user. */
    public String file() {
        return document.file();
    }

    /** Where the facts of the scenario's article are, in its document. */
    public static final String ARTICLE = "/article";

    public boolean isTest() {
        return expect != null;
    }
}
