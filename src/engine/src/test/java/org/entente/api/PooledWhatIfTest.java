package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.entente.InputError;
import org.entente.engine.RuleCache;
import org.entente.result.FactInfo;
import org.entente.result.Finding;
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
    void randomChangeSetsGiveOnAPooledSessionWhatTheyGiveOnAFreshOne() {
        Analyser analyser = Seed.ANALYSER;
        List<FactInfo> facts = analyser.facts();
        Random random = new Random(13);
        int changedSomething = 0;
        int failed = 0;
        for (int index = 0; index < RANDOM_SCENARIOS; index++) {
            Scenario scenario = randomScenario("random " + index, facts, random);
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

    /**
     * One to four changes, each a retraction of a random fact, a modification of one field of a random fact to the
     * value another fact of its type has there, or a new fact copied from one of the seed's with one field swapped
     * the same way. Drawing values from the world keeps most draws valid whatever the pack holds.
     */
    private static Scenario randomScenario(String name, List<FactInfo> facts, Random random) {
        ScenarioBuilder builder = Scenarios.named(name);
        int changes = 1 + random.nextInt(4);
        for (int change = 0; change < changes; change++) {
            FactInfo fact = facts.get(random.nextInt(facts.size()));
            switch (random.nextInt(3)) {
                case 0 -> builder.retract(fact.id());
                case 1 -> builder.modify(fact.id(), swappedField(fact, facts, random));
                default -> {
                    Map<String, Object> fields = new LinkedHashMap<>(fact.fields());
                    fields.putAll(swappedField(fact, facts, random));
                    builder.add(fact.type(), fields);
                }
            }
        }
        return builder.build();
    }

    private static Map<String, Object> swappedField(FactInfo fact, List<FactInfo> facts, Random random) {
        List<FactInfo> sameType = facts.stream().filter(other -> other.type().equals(fact.type())).toList();
        FactInfo other = sameType.get(random.nextInt(sameType.size()));
        List<String> fields = new ArrayList<>(other.fields().keySet());
        if (fields.isEmpty()) {
            return Map.of();
        }
        String field = fields.get(random.nextInt(fields.size()));
        return Map.of(field, other.fields().get(field));
    }
}
