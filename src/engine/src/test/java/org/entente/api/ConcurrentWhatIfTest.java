package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.entente.InputError;
import org.entente.engine.RuleCache;
import org.entente.result.WhatIf;
import org.entente.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;

/**
 * One analyser shared by 8 threads: 400 what-ifs, mixed from every scenario file and some built in code (one of
 * them failing), each giving exactly what the same scenario gives when run alone.
 */
class ConcurrentWhatIfTest {

    private static final int THREADS = 8;
    /** Every scenario a dozen times or more, shuffled, so each runs beside the others on every thread. */
    private static final int RUNS = 400;

    /** A what-if's result or its error, so failing scenarios are compared too. */
    private record Outcome(WhatIf whatIf, String error) {

        static Outcome of(Analyser analyser, Scenario scenario) {
            try {
                return new Outcome(analyser.whatIf(scenario), null);
            } catch (InputError error) {
                return new Outcome(null, error.oneLine());
            }
        }
    }

    @Test
    void eightThreadsGetWhatEachScenarioGetsAlone() throws Exception {
        List<Scenario> scenarios = scenarios();
        Analyser serialAnalyser = Analyser.load(Path.of("rules"), List.of(Path.of("seeds", "vilnius-2023.yaml")), RuleCache.defaultFolder());
        List<Outcome> alone = scenarios.stream().map(scenario -> Outcome.of(serialAnalyser, scenario)).toList();

        List<Integer> order = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            order.add(run % scenarios.size());
        }
        Collections.shuffle(order, new Random(4));
        Analyser shared = Seed.ANALYSER;
        List<Callable<Outcome>> tasks = order.stream()
                .map(index -> (Callable<Outcome>) () -> Outcome.of(shared, scenarios.get(index))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Outcome>> together;
        try {
            together = pool.invokeAll(tasks, 5, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }

        assertThat(alone).filteredOn(outcome -> outcome.error() != null).hasSize(1);
        assertThat(alone).filteredOn(outcome -> outcome.whatIf() != null)
                .anySatisfy(outcome -> assertThat(outcome.whatIf().diff().added()).isNotEmpty())
                .anySatisfy(outcome -> assertThat(outcome.whatIf().diff().removed()).isNotEmpty());
        for (int run = 0; run < RUNS; run++) {
            Scenario scenario = scenarios.get(order.get(run));
            assertThat(together.get(run).get()).as("run %d: %s", run, scenario.name())
                    .isEqualTo(alone.get(order.get(run)));
        }
    }

    private static List<Scenario> scenarios() {
        List<Scenario> scenarios = new ArrayList<>();
        ScenarioFiles.find(List.of(Path.of("scenarios"))).forEach(file -> scenarios.add(Scenarios.read(file)));
        scenarios.add(Scenarios.named("Japan joins NATO, built in code")
                .add("Membership", Map.of("member", "JPN", "organisation", "NATO")).build());
        scenarios.add(Scenarios.named("China stops objecting and supporting")
                .retractWhere("Relation", Map.of("from", "CHN", "kind", "OBJECTS_TO"))
                .retract("rel-chn-supports-rus").build());
        scenarios.add(Scenarios.named("Every state opposes the office")
                .modifyWhere("Position", Map.of("initiative", "nato-asia-office"), Map.of("stance", "OPPOSES"))
                .build());
        scenarios.add(Scenarios.named("A typo: no such fact").retract("rel-chn-supports-russia").build());
        return scenarios;
    }
}
