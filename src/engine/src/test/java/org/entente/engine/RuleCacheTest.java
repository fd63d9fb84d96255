package org.entente.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.entente.InputError;
import org.entente.domain.Fact;
import org.entente.io.Digest;
import org.entente.pack.FactPack;
import org.entente.pack.PackLoader;
import org.entente.pack.RelationKinds;
import org.entente.result.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled-rules cache: the same findings as compiled DRL, invalidated by any edit, never trusted when damaged. */
class RuleCacheTest {

    private static final FactPack SEED = PackLoader.load(RelationKinds.read(Path.of("rules")), List.of(Path.of("seeds", "vilnius-2023.yaml")));

    @TempDir
    static Path cacheFolder;

    @TempDir
    Path scratch;

    private static RuleBook warm;

    /**
     * A copy of the tests' cache, where whichever test loaded rules/ first stored its entry: building one more costs
     * seconds, and a rebuilt entry is written and read back below (a corrupt entry, a foreign one).
     */
    @BeforeAll
    static void fillTheCache() throws IOException {
        RuleBook.load(Path.of("rules"), RuleCache.at(RuleCache.defaultFolder()));
        copy(RuleCache.defaultFolder(), cacheFolder);
        warm = RuleBook.load(Path.of("rules"), RuleCache.at(cacheFolder));
    }

    private static List<Finding> findings(RuleBook rules, List<Fact> facts) {
        return new Reporter(SEED, Inference.run(rules, facts)).findings();
    }

    @Test
    void aSecondLoadComesFromTheCacheWithTheSameRulesAndFindingsAsCompiledDrl() {
        RuleBook drl = RuleBook.load(Path.of("rules"));

        assertThat(warm.fromCache()).isTrue();
        assertThat(warm.catalogue()).isEqualTo(drl.catalogue());
        assertThat(findings(warm, SEED.facts())).isEqualTo(findings(drl, SEED.facts()));
    }

    @Test
    void editingAnyRuleInvalidatesTheEntry() throws IOException {
        Path rules = copyOfRules();
        Path consensus = rules.resolve("consensus.drl");
        Files.writeString(consensus, Files.readString(consensus).replace("which %s withhold%s", "which %s hold%s back"));

        RuleBook edited = RuleBook.load(rules, RuleCache.at(cacheFolder));

        assertThat(edited.fromCache()).isFalse();
        assertThat(findings(edited, SEED.facts())).anySatisfy(finding ->
                assertThat(finding.summary()).contains("which France holds back"));
    }

    @Test
    void aCorruptEntryIsIgnoredAndRebuilt() throws IOException {
        Path folder = Files.createDirectories(scratch.resolve("cache"));
        copy(cacheFolder, folder);
        for (Path module : entries(folder, ".kjar")) {
            Files.write(module, "not a module".getBytes());
        }

        RuleBook rebuilt = RuleBook.load(Path.of("rules"), RuleCache.at(folder));

        assertThat(rebuilt.fromCache()).isFalse();
        assertThat(RuleBook.load(Path.of("rules"), RuleCache.at(folder)).fromCache()).isTrue();
    }

    @Test
    void aForeignEntryWithAMatchingChecksumIsIgnoredAndRebuilt() throws IOException {
        Path folder = Files.createDirectories(scratch.resolve("cache"));
        copy(cacheFolder, folder);
        for (Path module : entries(folder, ".kjar")) {
            byte[] foreign = "PK but not a kjar".getBytes();
            Files.write(module, foreign);
            Path checksum = Path.of(module.toString().replace(".kjar", ".sha256"));
            Files.writeString(checksum, Digest.of(foreign));
        }

        RuleBook rebuilt = RuleBook.load(Path.of("rules"), RuleCache.at(folder));

        assertThat(rebuilt.fromCache()).isFalse();
        assertThat(findings(rebuilt, SEED.facts())).isEqualTo(findings(warm, SEED.facts()));
    }

    @Test
    void aBrokenRuleIsStillReportedInDrlTermsWithTheCacheOn() throws IOException {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("broken.drl"), "package org.entente.rules;\nrule \"Broken\"\nwhen\n  Actor(\nthen\nend\n");

        assertThatThrownBy(() -> RuleBook.load(rules, RuleCache.at(cacheFolder)))
                .isInstanceOf(InputError.class)
                .satisfies(error -> assertThat(((InputError) error).where()).contains("broken.drl:"));
    }

    @Test
    void aCacheThatCannotBeWrittenOnlyCostsSpeed() throws IOException {
        Path file = Files.writeString(scratch.resolve("not-a-folder"), "x");

        RuleBook rules = RuleBook.load(Path.of("rules"), RuleCache.at(file.resolve("cache")));

        assertThat(rules.catalogue()).isEqualTo(warm.catalogue());
    }

    private Path copyOfRules() throws IOException {
        Path rules = Files.createDirectories(scratch.resolve("rules"));
        copy(Path.of("rules"), rules);
        return rules;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static List<Path> entries(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(suffix)).toList();
        }
    }
}
