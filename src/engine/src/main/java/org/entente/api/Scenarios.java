package org.entente.api;

import java.nio.file.Path;
import org.entente.InputError;
import org.entente.pack.LocatedYaml;
import org.entente.scenario.ScenarioReader;

/**
 * Where scenarios come from: a file, a text (YAML or JSON, such as a request body), or code. All three are read by
 * the same reader, so they are validated alike and their errors name the same fields.
 */
public final class Scenarios {

    private Scenarios() {
    }

    /**
     * A scenario file (YAML or JSON). Its {@code facts} paths are taken from the working directory, else beside the
     * file.
     *
     * @throws InputError naming file, line and field
     */
    public static Scenario read(Path file) {
        return new Scenario(ScenarioReader.read(file));
    }

    /**
     * A scenario written as text.
     *
     * @param label names the text in errors, e.g. {@code request body}
     * @throws InputError naming label, line and field
     */
    public static Scenario parse(String label, String text) {
        return new Scenario(ScenarioReader.parse(label, text));
    }

    /**
     * A scenario written as strict JSON, such as a request body sent as {@code application/json}: a trailing comma
     * or text after the value is an error, as in JSON.
     *
     * @throws InputError naming label, line and field
     */
    public static Scenario parseJson(String label, String text) {
        return new Scenario(ScenarioReader.parse(label, text, LocatedYaml.Syntax.JSON));
    }

    /** Starts a scenario in code: add changes to the builder, then {@link ScenarioBuilder#build()}. */
    public static ScenarioBuilder named(String name) {
        return new ScenarioBuilder(name);
    }
}
