package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.entente.InputError;
import org.entente.domain.Actor;
import org.entente.pack.Consistency;
import org.entente.pack.Declared;
import org.entente.pack.Delta;
import org.entente.pack.FactPack;
import org.entente.pack.PackLoader;
import org.entente.pack.RelationKinds;
import org.entente.scenario.ScenarioApplier;
import org.entente.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;

/**
 * A scenario's world is an overlay of its baseline, checked only where the changes touch it, and what the rules see
 * in it is worked out from the changed facts. Held to the plain path: every world that passes the scenario's checks
 * passes a whole pack's, and its facts, their number and the delta a live session applies are those of a plain pack
 * of the same declared facts. Over every scenario file on the seed and 400 change sets drawn from the seed's facts.
 */
class ScenarioWorldTest {

    private static final Path SEED = Path.of("seeds", "vilnius-2023.yaml");
    private static final FactPack BASELINE = PackLoader.load(RelationKinds.read(Path.of("rules")), List.of(SEED));

    @Test
    void aScenarioWorldIsWhatAPlainPackOfItsFactsIs() {
        List<Scenario> scenarios = new ArrayList<>();
        for (Path file : ScenarioFiles.find(List.of(Path.of("scenarios")))) {
            Scenario scenario = Scenarios.read(file);
            if (scenario.packs().isEmpty() || scenario.packs().equals(List.of(SEED))) {
                scenarios.add(scenario);
            }
        }
        Random random = new Random(17);
        for (int index = 0; index < 400; index++) {
            scenarios.add(RandomScenarios.draw("random " + index, Seed.ANALYSER.facts(), random));
        }
        int worlds = 0;
        int actorsChanged = 0;
        for (Scenario scenario : scenarios) {
            FactPack world;
            try {
                world = ScenarioApplier.apply(scenario.definition(), BASELINE);
            } catch (InputError refused) {
                continue;
            }
            worlds++;
            List<Declared> declared = world.declared();
            FactPack plain = new FactPack(world.files(), declared, world.kinds(), world.asOf());
            // Asked in this order, each answer comes from the changed facts before the world's facts are listed.
            assertThat(world.size()).as(scenario.name()).isEqualTo(plain.size());
            Delta delta = world.deltaFrom(BASELINE);
            Delta full = Delta.between(BASELINE.facts(), plain.facts());
            assertThat(new HashSet<>(delta.retract())).as(scenario.name()).isEqualTo(new HashSet<>(full.retract()));
            assertThat(new HashSet<>(delta.insert())).as(scenario.name()).isEqualTo(new HashSet<>(full.insert()));
            assertThat(world.facts()).as(scenario.name()).isEqualTo(plain.facts());
            assertThatCode(() -> Consistency.check(declared, Map.of())).as(scenario.name())
                    .doesNotThrowAnyException();
            if (declared.stream().anyMatch(each -> each.fact() instanceof Actor
                    && !each.equals(BASELINE.byId().get(each.fact().id())))) {
                actorsChanged++;
            }
        }
        // The draw must reach both ways of working out what the rules see, and refuse far from everything.
        assertThat(worlds).isGreaterThan(scenarios.size() / 2);
        assertThat(actorsChanged).isGreaterThan(5);
    }
}
