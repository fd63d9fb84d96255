package org.entente.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.entente.derived.FindingFact;
import org.entente.domain.Fact;
import org.entente.engine.Inference;
import org.entente.engine.LiveSession;
import org.entente.engine.RuleBook;
import org.entente.engine.RuleCache;
import org.entente.pack.FactPack;
import org.entente.pack.PackLoader;
import org.entente.pack.RelationKinds;
import org.entente.scenario.ScenarioApplier;
import org.entente.scenario.ScenarioDefinition;
import org.entente.scenario.ScenarioFiles;
import org.entente.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/** Every scenario in scenarios/, run as a probe on one live session, gives the findings of a fresh session. */
class LiveScenariosTest {

    private static final RuleBook RULES = RuleBook.load(Path.of("rules"), RuleCache.at(RuleCache.defaultFolder()));

    @Test
    void everyScenarioGivesTheSameFindingsOnALiveSessionAsOnAFreshOne() {
        Map<List<Path>, List<ScenarioDefinition>> byBaseline = ScenarioFiles.find(List.of(Path.of("scenarios"))).stream()
                .map(ScenarioReader::read)
                .collect(Collectors.groupingBy(scenario -> scenario.packs().isEmpty()
                        ? List.of(Path.of("seeds", "vilnius-2023.yaml")) : scenario.packs()));
        int probed = 0;
        for (Map.Entry<List<Path>, List<ScenarioDefinition>> baseline : byBaseline.entrySet()) {
            FactPack pack = PackLoader.load(RelationKinds.read(Path.of("rules")), baseline.getKey());
            try (LiveSession session = new LiveSession(RULES, pack.facts())) {
                Set<String> before = session.findingIds();
                for (ScenarioDefinition scenario : baseline.getValue()) {
                    List<Fact> world = ScenarioApplier.apply(scenario, pack).facts();
                    Set<Fact> kept = Set.copyOf(pack.facts());
                    List<String> retract = pack.facts().stream().filter(fact -> !world.contains(fact))
                            .map(Fact::id).toList();
                    List<Fact> insert = world.stream().filter(fact -> !kept.contains(fact)).toList();

                    Set<String> live = session.probe(retract, insert);

                    assertThat(live).as(scenario.name()).isEqualTo(fresh(world));
                    assertThat(session.findingIds()).as("restored after " + scenario.name()).isEqualTo(before);
                    probed++;
                }
            }
        }
        assertThat(probed).isGreaterThanOrEqualTo(12);
    }

    private static Set<String> fresh(List<Fact> world) {
        return Inference.run(RULES, world).findings().stream().map(FindingFact::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
