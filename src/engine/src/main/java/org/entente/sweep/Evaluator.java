package org.entente.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.entente.derived.FindingFact;
import org.entente.domain.Fact;
import org.entente.engine.Inference;
import org.entente.engine.LiveSession;
import org.entente.engine.RuleBook;

/** Evaluates a set of changes to a world: the ids of the findings that would hold. */
public interface Evaluator extends AutoCloseable {

    Set<String> baseline();

    Set<String> evaluate(List<SweepChange> changes);

    @Override
    void close();

    /** One live session: delete, fire, read, restore. */
    static Evaluator incremental(RuleBook rules, List<Fact> facts) {
        LiveSession session = new LiveSession(rules, facts);
        Set<String> baseline = session.findingIds();
        return new Evaluator() {
            @Override
            public Set<String> baseline() {
                return baseline;
            }

            @Override
            public Set<String> evaluate(List<SweepChange> changes) {
                List<String> retract = new ArrayList<>();
                List<Fact> insert = new ArrayList<>();
                changes.forEach(change -> {
                    retract.addAll(change.retract());
                    insert.addAll(change.insert());
                });
                return session.probe(retract, insert);
            }

            @Override
            public void close() {
                session.close();
            }
        };
    }

    /** A fresh session per evaluation: the obvious alternative, kept to check and measure the incremental one. */
    static Evaluator fresh(RuleBook rules, List<Fact> facts) {
        Set<String> baseline = findingIds(Inference.run(rules, facts));
        return new Evaluator() {
            @Override
            public Set<String> baseline() {
                return baseline;
            }

            @Override
            public Set<String> evaluate(List<SweepChange> changes) {
                Set<String> retract = changes.stream().flatMap(change -> change.retract().stream())
                        .collect(Collectors.toSet());
                List<Fact> world = new ArrayList<>(facts.stream().filter(fact -> !retract.contains(fact.id())).toList());
                changes.forEach(change -> world.addAll(change.insert()));
                return findingIds(Inference.run(rules, world));
            }

            @Override
            public void close() {
            }
        };
    }

    private static Set<String> findingIds(Inference inference) {
        return inference.findings().stream().map(FindingFact::id).collect(Collectors.toCollection(TreeSet::new));
    }
}
