package org.entente.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.engine.RuleCache;

/** {@code java -jar target/entente.jar ...}: the jar as users run it, in its own JVM. */
final class PackagedJar {

    private PackagedJar() {
    }

    /**
     * The command, with bin/entente's JVM options, and the rule cache of the tests ({@code entente.cache}) as
     * {@code ENTENTE_CACHE}: the jar then loads the rules the unit tests compiled (its classes are keyed alike) and
     * leaves the home folder alone.
     */
    static ProcessBuilder command(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", "target/entente.jar"));
        command.addAll(List.of(args));
        ProcessBuilder process = new ProcessBuilder(command);
        process.environment().put("ENTENTE_CACHE", RuleCache.defaultFolder().toAbsolutePath().toString());
        return process;
    }
}
