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
import org.entente.result.RuleInfo;
import org.entente.scenario.ScenarioFiles;
import org.entente.sweep.ChangeGenerator;
import org.entente.sweep.ChangeKind;
import org.entente.sweep.Evaluator;
import org.entente.sweep.Sweep;
import org.entente.sweep.SweepReport;
import org.junit.jupiter.api.Test;

/**
 * The depth-2 sweep of the seed (every change and every pair, 8,775 change sets) on a pooled session that has already
 * served what-ifs reports what the same sweep reports on a live session of its own, which IncrementalSweepTest holds
 * to fresh sessions change by change.
 */
class PooledSweepTest {

    @Test
    void aDepthTwoSweepOnAPooledSessionAfterWhatIfsIsTheSweepOfASessionOfItsOwn() {
        Analyser analyser = Seed.ANALYSER;
        ScenarioFiles.find(List.of(Path.of("scenarios"))).stream().map(Scenarios::read)
                .filter(scenario -> scenario.packs().isEmpty()).forEach(analyser::whatIf);
        Set<ChangeKind> kinds = EnumSet.allOf(ChangeKind.class);

        SweepReport pooled = analyser.sweep(kinds, 2, null, done -> { });

        RuleBook rules = RuleBook.load(Path.of("rules"), RuleCache.at(RuleCache.defaultFolder()));
        var facts = analyser.world().facts();
        Set<String> ruleIds = analyser.rules().stream().filter(RuleInfo::concludesFinding).map(RuleInfo::finding)
                .collect(Collectors.toSet());
        SweepReport own;
        try (Evaluator evaluator = Evaluator.incremental(rules, facts)) {
            // What rests on what is read from the facts as declared, as the analyser reads it (a relation of xi
            // rests on xi, though the rules see it as China's).
            var declared = org.entente.pack.PackLoader.load(org.entente.pack.RelationKinds.read(Path.of("rules")),
                    List.of(Path.of("seeds", "vilnius-2023.yaml"))).declared().stream()
                    .map(org.entente.pack.Declared::fact).toList();
            var changes = ChangeGenerator.changes(facts, kinds, fact -> false, References.of(declared)::dependents);
            own = Sweep.run(evaluator, changes.changes(), 2, null, ruleIds, done -> { });
        }
        assertThat(pooled.evaluations()).isEqualTo(own.evaluations()).isEqualTo(analyser.sweepSize(kinds, 2));
        assertThat(pooled.outcomes()).isEqualTo(own.outcomes()).isNotEmpty();
    }
}
