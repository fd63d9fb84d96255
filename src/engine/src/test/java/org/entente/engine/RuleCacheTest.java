package org.entente.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    @TempDir
    static Path fewRules;

    @TempDir
    static Path fewRulesCache;

    private static RuleBook warm;

    /**
     * A copy of the tests' cache, where whichever test loaded rules/ first stored its entry, and a cache of its own
     * for a few of the rules (those of consensus, which rest on partners'): what the cache does to an entry does not
     * depend on how many rules it holds, and the tests below that rebuild an entry (an edited rule, a corrupt entry,
     * a foreign one, an unwritable folder) compile these few in a fraction of the time all of them take.
     */
    @BeforeAll
    static void fillTheCaches() throws IOException {
        RuleBook.load(Path.of("rules"), RuleCache.at(RuleCache.defaultFolder()));
        copy(RuleCache.defaultFolder(), cacheFolder);
        warm = RuleBook.load(Path.of("rules"), RuleCache.at(cacheFolder));
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".drl") || name.equals("consensus.drl") || name.equals("partners.drl")) {
                    Files.copy(file, fewRules.resolve(name));
                }
            }
        }
        assertThat(RuleBook.load(fewRules, RuleCache.at(fewRulesCache)).fromCache()).isFalse();
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
        Path rules = copyOf(fewRules);
        Path consensus = rules.resolve("consensus.drl");
        Files.writeString(consensus, Files.readString(consensus).replace("which %s withhold%s", "which %s hold%s back"));
        assertThat(RuleBook.load(fewRules, RuleCache.at(fewRulesCache)).fromCache()).isTrue();

        RuleBook edited = RuleBook.load(rules, RuleCache.at(fewRulesCache));

        assertThat(edited.fromCache()).isFalse();
        assertThat(findings(edited, SEED.facts())).anySatisfy(finding ->
                assertThat(finding.summary()).contains("which France holds back"));
    }

    @Test
    void aCorruptEntryIsIgnoredAndRebuilt() throws IOException {
        Path folder = Files.createDirectories(scratch.resolve("cache"));
        copy(fewRulesCache, folder);
        for (Path module : entries(folder, ".kjar")) {
            Files.write(module, "not a module".getBytes());
        }

        RuleBook rebuilt = RuleBook.load(fewRules, RuleCache.at(folder));

        assertThat(rebuilt.fromCache()).isFalse();
        assertThat(RuleBook.load(fewRules, RuleCache.at(folder)).fromCache()).isTrue();
    }

    @Test
    void aForeignEntryWithAMatchingChecksumIsIgnoredAndRebuilt() throws IOException {
        Path folder = Files.createDirectories(scratch.resolve("cache"));
        copy(fewRulesCache, folder);
        RuleBook cached = RuleBook.load(fewRules, RuleCache.at(folder));
        for (Path module : entries(folder, ".kjar")) {
            byte[] foreign = "PK but not a kjar".getBytes();
            Files.write(module, foreign);
            Path checksum = Path.of(module.toString().replace(".kjar", ".sha256"));
            Files.writeString(checksum, Digest.of(foreign));
        }

        RuleBook rebuilt = RuleBook.load(fewRules, RuleCache.at(folder));

        assertThat(cached.fromCache()).isTrue();
        assertThat(rebuilt.fromCache()).isFalse();
        assertThat(findings(rebuilt, SEED.facts())).isEqualTo(findings(cached, SEED.facts())).isNotEmpty();
    }

    @Test
    void aBrokenRuleIsStillReportedInDrlTermsWithTheCacheOn() throws IOException {
        Path rules = copyOf(fewRules);
        Files.writeString(rules.resolve("broken.drl"), "package org.entente.rules;\nrule \"Broken\"\nwhen\n  Actor(\nthen\nend\n");

        assertThatThrownBy(() -> RuleBook.load(rules, RuleCache.at(cacheFolder)))
                .isInstanceOf(InputError.class)
                .satisfies(error -> assertThat(((InputError) error).where()).contains("broken.drl:"));
    }

    @Test
    void aCacheThatCannotBeWrittenOnlyCostsSpeed() throws IOException {
        Path file = Files.writeString(scratch.resolve("not-a-folder"), "x");

        RuleBook rules = RuleBook.load(fewRules, RuleCache.at(file.resolve("cache")));

        assertThat(rules.catalogue()).isEqualTo(RuleBook.load(fewRules, RuleCache.at(fewRulesCache)).catalogue());
    }

    /** Two loads that find the entry missing at once: one builds it while the other waits, then reads it. */
    @Test
    void loadsStartingTogetherOnAMissingEntryBuildItOnce() throws Exception {
        Path folder = scratch.resolve("together");
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<RuleBook>> loads = Stream.<Future<RuleBook>>generate(() -> two.submit(() -> {
                together.await();
                return RuleBook.load(fewRules, RuleCache.at(folder));
            })).limit(2).toList();

            List<Boolean> fromCache = new ArrayList<>();
            for (Future<RuleBook> load : loads) {
                fromCache.add(load.get().fromCache());
            }
            assertThat(fromCache).containsExactlyInAnyOrder(false, true);
        } finally {
            two.shutdownNow();
        }
    }

    private Path copyOf(Path folder) throws IOException {
        Path rules = Files.createDirectories(scratch.resolve("rules"));
        copy(folder, rules);
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
