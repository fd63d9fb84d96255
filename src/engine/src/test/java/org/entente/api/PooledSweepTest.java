package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.engine.RuleBook;
import org.entente.engine.RuleCache;
import org.entente.pack.References;
import org.entente.pack.Vocabulary;
import org.entente.result.RuleInfo;
import org.entente.scenario.ScenarioFiles;
import org.entente.sweep.ChangeGenerator;
import org.entente.sweep.ChangeKind;
import org.entente.sweep.Evaluator;
import org.entente.sweep.Sweep;
import org.entente.sweep.SweepReport;
import org.junit.jupiter.api.Test;

/**
 * The depth-1 sweep of the seed with every kind of change, assertions too, and the depth-2 sweep with the command
 * line's default changes (every retraction, flip and widening, and every pair of them) of the article's own facts (the
 * shared world's actors, memberships and regions kept), on a pooled session that has already served what-ifs, report
 * what the same sweeps report on a live session of its own, which IncrementalSweepTest and LivePairsTest hold to
 * fresh sessions (LivePairsTest draws pairs of every kind, assertions included). Pairs that touch the world's facts
 * too (8,778 change sets in all) took this test 19 seconds and tell the pooled session's history apart from a fresh
 * one's no better than the article's do.
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

        Set<String> world = Set.of("Actor", "Membership", "Region");
        for (var sweep : List.of(new Run(EnumSet.allOf(ChangeKind.class), Set.of(), 1),
                new Run(EnumSet.of(ChangeKind.RETRACT, ChangeKind.FLIP, ChangeKind.WIDEN), world, 2))) {
            SweepReport pooled = analyser.sweep(sweep.kinds(), sweep.keep(), sweep.depth(), null, done -> { });
            SweepReport own;
            try (Evaluator evaluator = Evaluator.incremental(rules, facts)) {
                var changes = ChangeGenerator.changes(facts, sweep.kinds(),
                        fact -> sweep.keep().contains(Vocabulary.of(fact).name()), References.of(declared)::dependents);
                own = Sweep.run(evaluator, changes.changes(), sweep.depth(), null, ruleIds, done -> { });
            }
            assertThat(pooled.evaluations()).as("%s", sweep).isEqualTo(own.evaluations())
                    .isEqualTo(analyser.sweepSize(sweep.kinds(), sweep.keep(), sweep.depth())).isGreaterThan(200);
            assertThat(pooled.outcomes()).as("%s", sweep).isEqualTo(own.outcomes()).isNotEmpty();
        }
    }

    private record Run(Set<ChangeKind> kinds, Set<String> keep, int depth) {
    }
}
