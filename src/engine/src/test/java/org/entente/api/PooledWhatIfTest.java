package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.entente.InputError;
import org.entente.engine.RuleCache;
import org.entente.result.FactInfo;
import org.entente.result.Finding;
import org.entente.result.ScenarioResult;
import org.entente.result.WhatIf;
import org.entente.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;

/**
 * What-ifs and explanations on the analyser's pooled live sessions give exactly what a fresh session per scenario
 * gives: for every scenario file (on whichever packs it names) and for 300 change sets drawn at random from the
 * seed's own facts.
 */
class PooledWhatIfTest {

    private static final int RANDOM_SCENARIOS = 300;

    /** A what-if's result or its error, so scenarios that fail are compared too. */
    private record Outcome(WhatIf whatIf, String error) {

        static Outcome pooled(Analyser analyser, Scenario scenario) {
            try {
                return new Outcome(analyser.whatIf(scenario), null);
            } catch (InputError error) {
                return new Outcome(null, error.oneLine());
            }
        }

        static Outcome fresh(Analyser analyser, Scenario scenario) {
            try {
                return new Outcome(analyser.onFreshSession(scenario).whatIf(), null);
            } catch (InputError error) {
                return new Outcome(null, error.oneLine());
            }
        }
    }

    @Test
    void everyScenarioFileGivesOnAPooledSessionWhatItGivesOnAFreshOne() {
        Analyser analyser = Seed.ANALYSER;
        List<Path> files = ScenarioFiles.find(List.of(Path.of("scenarios")));
        for (Path file : files) {
            Scenario scenario = Scenarios.read(file);
            Outcome pooled = Outcome.pooled(analyser, scenario);
            assertThat(pooled.error()).as(file.toString()).isNull();
            assertThat(pooled).as(file.toString()).isEqualTo(Outcome.fresh(analyser, scenario));
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void aScenarioTestedWithoutCountingFiringsGivesWhatTheFreshSessionGives() {
        Analyser analyser = Seed.ANALYSER;
        List<Path> files = ScenarioFiles.find(List.of(Path.of("scenarios")));
        for (Path file : files) {
            Scenario scenario = Scenarios.read(file);
            ScenarioResult pooled = analyser.test(scenario, false);
            ScenarioResult fresh = analyser.test(scenario, true);
            assertThat(List.of(pooled.name(), pooled.file(), String.valueOf(pooled.error()), pooled.failures()))
                    .as(file.toString())
                    .isEqualTo(List.of(fresh.name(), fresh.file(), String.valueOf(fresh.error()), fresh.failures()));
            assertThat(pooled.whatIf()).as(file.toString()).isEqualTo(fresh.whatIf());
            assertThat(pooled.firings()).isEmpty();
            assertThat(fresh.error() != null || !fresh.firings().isEmpty()).as(file.toString()).isTrue();
        }
    }

    @Test
    void randomChangeSetsGiveOnAPooledSessionWhatTheyGiveOnAFreshOne() {
        Analyser analyser = Seed.ANALYSER;
        List<FactInfo> facts = analyser.facts();
        Random random = new Random(13);
        int changedSomething = 0;
        int failed = 0;
        for (int index = 0; index < RANDOM_SCENARIOS; index++) {
            Scenario scenario = RandomScenarios.draw("random " + index, facts, random);
            Outcome pooled = Outcome.pooled(analyser, scenario);
            assertThat(pooled).as(scenario.name()).isEqualTo(Outcome.fresh(analyser, scenario));
            if (pooled.error() != null) {
                failed++;
            } else if (!pooled.whatIf().diff().added().isEmpty() || !pooled.whatIf().diff().removed().isEmpty()
                    || !pooled.whatIf().diff().changed().isEmpty()) {
                changedSomething++;
            }
        }
        // The draw must exercise the sessions, not only the scenario checks that run before them.
        assertThat(changedSomething).isGreaterThan(RANDOM_SCENARIOS / 4);
        assertThat(failed).isLessThan(RANDOM_SCENARIOS / 2);
    }

    @Test
    void explanationsInAScenarioWorldAreThoseOfAFreshSession() {
        Analyser analyser = Seed.ANALYSER;
        Analyser fresh = Analyser.load(Path.of("rules"), List.of(Path.of("seeds", "vilnius-2023.yaml")),
                RuleCache.defaultFolder());
        Scenario scenario = Scenarios.read(Path.of("scenarios", "japan-joins-nato.yaml"));
        WhatIf whatIf = analyser.onFreshSession(scenario).whatIf();
        for (Finding finding : whatIf.findings()) {
            assertThat(analyser.explain(finding.id(), scenario)).as(finding.id())
                    .isEqualTo(fresh.explain(finding.id(), scenario));
        }
        for (Finding finding : analyser.analyse().findings()) {
            assertThat(analyser.explain(finding.id())).as(finding.id()).isEqualTo(fresh.explain(finding.id()));
        }
    }
}
