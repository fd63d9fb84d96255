package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.engine.RuleBook;
import org.entente.engine.RuleCache;
import org.entente.pack.References;
import org.entente.result.RuleInfo;
import org.entente.scenario.ScenarioFiles;
import org.entente.sweep.ChangeGenerator;
import org.entente.sweep.ChangeKind;
import org.entente.sweep.Evaluator;
import org.entente.sweep.Sweep;
import org.entente.sweep.SweepReport;
import org.junit.jupiter.api.Test;

/**
 * The depth-2 sweep of the seed with the command line's default changes (every retraction, flip and widening, and
 * every pair of them: 8,778 change sets), and the depth-1 sweep with assertions too, on a pooled session that has
 * already served what-ifs, report what the same sweeps report on a live session of its own, which
 * IncrementalSweepTest and LivePairsTest hold to fresh sessions (LivePairsTest draws pairs of every kind, assertions
 * included, whose 32,000 pairs would take this test half a minute).
 */
class PooledSweepTest {

    @Test
    void sweepsOnAPooledSessionAfterWhatIfsAreTheSweepsOfASessionOfItsOwn() {
        Analyser analyser = Seed.ANALYSER;
        ScenarioFiles.find(List.of(Path.of("scenarios"))).stream().map(Scenarios::read)
                .filter(scenario -> scenario.packs().isEmpty()).forEach(analyser::whatIf);
        RuleBook rules = RuleBook.load(Path.of("rules"), RuleCache.at(RuleCache.defaultFolder()));
        Set<String> ruleIds = analyser.rules().stream().filter(RuleInfo::concludesFinding).map(RuleInfo::finding)
                .collect(Collectors.toSet());
        // What rests on what is read from the facts as declared, as the analyser reads it (a relation of xi rests on
        // xi, though the rules see it as China's).
        var declared = org.entente.pack.PackLoader.load(org.entente.pack.RelationKinds.read(Path.of("rules")),
                List.of(Path.of("seeds", "vilnius-2023.yaml"))).declared().stream()
                .map(org.entente.pack.Declared::fact).toList();
        var facts = analyser.world().facts();

        for (var sweep : List.of(Map.entry(EnumSet.of(ChangeKind.RETRACT, ChangeKind.FLIP, ChangeKind.WIDEN), 2),
                Map.entry(EnumSet.allOf(ChangeKind.class), 1))) {
            Set<ChangeKind> kinds = sweep.getKey();
            int depth = sweep.getValue();
            SweepReport pooled = analyser.sweep(kinds, depth, null, done -> { });
            SweepReport own;
            try (Evaluator evaluator = Evaluator.incremental(rules, facts)) {
                var changes = ChangeGenerator.changes(facts, kinds, fact -> false, References.of(declared)::dependents);
                own = Sweep.run(evaluator, changes.changes(), depth, null, ruleIds, done -> { });
            }
            assertThat(pooled.evaluations()).as("%s at depth %d", kinds, depth).isEqualTo(own.evaluations())
                    .isEqualTo(analyser.sweepSize(kinds, depth));
            assertThat(pooled.outcomes()).as("%s at depth %d", kinds, depth).isEqualTo(own.outcomes()).isNotEmpty();
        }
        assertThat(analyser.sweepSize(EnumSet.of(ChangeKind.RETRACT, ChangeKind.FLIP, ChangeKind.WIDEN), 2))
                .isGreaterThan(8_000);
    }
}
