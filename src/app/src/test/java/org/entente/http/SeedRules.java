package org.entente.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** How many rules rules/ holds, so that tests follow the rule set as it grows instead of pinning a number. */
final class SeedRules {

    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"");

    private SeedRules() {
    }

    static int count() {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            return files.filter(file -> file.toString().endsWith(".drl")).mapToInt(SeedRules::rulesIn).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int rulesIn(Path file) {
        try {
            return (int) RULE.matcher(Files.readString(file)).results().count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
