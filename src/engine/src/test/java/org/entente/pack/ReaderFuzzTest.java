package org.entente.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.entente.InputError;
import org.entente.scenario.ScenarioDefinition;
import org.entente.scenario.ScenarioApplier;
import org.entente.scenario.ScenarioReader;

/**
 * The pack and scenario readers under generated hostile input: the seed pack and real scenarios with lines deleted,
 * repeated or swapped, YAML's special characters and invalid bytes spliced in, and values replaced. Every case must
 * end, within a few seconds, in a result or in an {@link InputError} of one line that names the file: never another
 * exception, a stack trace or a hang. The number of cases is jqwik's {@code tries} (see docs/reliability.md for a
 * longer run).
 */
class ReaderFuzzTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final RelationKinds KINDS = RelationKinds.read(Path.of("rules"));
    private static final String PACK = read(SEEDS.resolve("vilnius-2023.yaml"));
    private static final FactPack BASELINE = PackLoader.load(KINDS, List.of(SEEDS.resolve("vilnius-2023.yaml")));
    private static final List<String> SCENARIOS = scenarios();
    private static final Duration HANG = Duration.ofSeconds(5);
    private static final ExecutorService RUNNER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "fuzz-case");
        thread.setDaemon(true);
        return thread;
    });

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> scenarios() {
        try (var files = Files.list(Path.of("scenarios"))) {
            return files.sorted().map(ReaderFuzzTest::read).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterContainer
    static void stopRunner() {
        RUNNER.shutdownNow();
    }

    @Property
    void aMutatedPackLoadsOrFailsWithOneLineNamingTheFile(@ForAll("mutatedPacks") byte[] pack) throws Exception {
        Path folder = Files.createTempDirectory("fuzz-pack");
        try {
            Files.copy(SEEDS.resolve("000_53dffffe28bbb940.txt"), folder.resolve("000_53dffffe28bbb940.txt"));
            Path file = folder.resolve("pack.yaml");
            Files.write(file, pack);
            endsCleanly(() -> PackLoader.load(KINDS, List.of(file)), "pack.yaml");
        } finally {
            try (var files = Files.list(folder)) {
                for (Path each : files.toList()) {
                    Files.delete(each);
                }
            }
            Files.delete(folder);
        }
    }

    @Property
    void aMutatedScenarioAppliesOrFailsWithOneLineNamingTheFile(@ForAll("mutatedScenarios") String text)
            throws Exception {
        endsCleanly(() -> {
            ScenarioDefinition scenario = ScenarioReader.parse("fuzz.yaml", text);
            return scenario.packs().isEmpty() ? ScenarioApplier.apply(scenario, BASELINE) : scenario;
        }, "fuzz.yaml");
    }

    /** A case ends in a value, or in an input error of one line that names the file; anything else is a crash. */
    private static void endsCleanly(java.util.concurrent.Callable<Object> reading, String file) throws Exception {
        Future<Object> result = RUNNER.submit(reading);
        try {
            result.get(HANG.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (!(cause instanceof InputError error)) {
                throw new AssertionError("crashed instead of an input error", cause);
            }
            assertThat(error.oneLine()).as("one line naming the file").doesNotContain("\n")
                    .matches("^\\S*" + java.util.regex.Pattern.quote(file) + "\\b.*");
            assertThat(error.oneLine()).as("no Java type names").doesNotContain("java.", "jackson", "Exception");
        } catch (TimeoutException hung) {
            result.cancel(true);
            throw new AssertionError("did not end within " + HANG);
        }
    }

    @Provide
    Arbitrary<byte[]> mutatedPacks() {
        return mutations(PACK).map(text -> text.getBytes(StandardCharsets.UTF_8))
                .injectDuplicates(0.01)
                .edgeCases(edges -> edges.add(new byte[] {(byte) 0xC3, 0x28}));
    }

    @Provide
    Arbitrary<String> mutatedScenarios() {
        return Arbitraries.of(SCENARIOS).flatMap(ReaderFuzzTest::mutations);
    }

    /** One to four edits of a text: the kinds of damage a careless edit or a hostile client makes. */
    private static Arbitrary<String> mutations(String text) {
        return edit(text).list().ofMinSize(1).ofMaxSize(4).map(edits -> {
            String result = text;
            for (Edit each : edits) {
                result = each.apply(result);
            }
            return result;
        });
    }

    private interface Edit {
        String apply(String text);
    }

    private static Arbitrary<Edit> edit(String text) {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, Math.max(0, text.length()));
        Arbitrary<String> junk = Arbitraries.oneOf(
                Arbitraries.of(": ", "\t", "\n", "- ", "{", "}", "[", "]", "&a ", "*a", "!!binary ", "|", ">", "'", "\"",
                        "%YAML 1.1\n", "---\n", "...\n", "# ", ",", "? ", "\uFFFD", "\u0000", "\\", "@", "`",
                        "facts: []\n", "id: FRA\n", "type: Actor\n", "99999999999999999999", "-5", "31.7", "null",
                        "~", "true", "2023-02-30", "<<: *a\n"),
                Arbitraries.strings().ofMaxLength(12));
        return Arbitraries.oneOf(
                Combinators.combine(at, junk).as((position, insert) -> (Edit) value -> {
                    int cut = Math.min(position, value.length());
                    return value.substring(0, cut) + insert + value.substring(cut);
                }),
                Combinators.combine(at, Arbitraries.integers().between(1, 80)).as((position, length) -> (Edit) value -> {
                    int from = Math.min(position, value.length());
                    return value.substring(0, from) + value.substring(Math.min(value.length(), from + length));
                }),
                at.map(position -> (Edit) value -> {
                    List<String> lines = new java.util.ArrayList<>(value.lines().toList());
                    if (lines.isEmpty()) {
                        return value;
                    }
                    int line = position % lines.size();
                    lines.add(line, lines.get(line));
                    return String.join("\n", lines) + "\n";
                }),
                at.map(position -> (Edit) value -> {
                    List<String> lines = new java.util.ArrayList<>(value.lines().toList());
                    if (lines.size() < 2) {
                        return value;
                    }
                    int line = position % (lines.size() - 1);
                    java.util.Collections.swap(lines, line, line + 1);
                    return String.join("\n", lines) + "\n";
                }));
    }
}
