package org.entente.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.entente.domain.Fact;
import org.entente.engine.RuleBook;
import org.entente.engine.RuleCache;
import org.entente.pack.PackLoader;
import org.entente.testing.Facts;

/**
 * Any two changes of the seed, evaluated on one live session that has already evaluated every pair drawn before
 * them, give the findings a fresh session gives. The pairs are drawn at random, a new draw each build: the seed
 * gives 254 changes and some 32,000 pairs, and a fixed subset would test the same few every time. 300 pairs a build
 * (junit-platform.properties; a fresh session costs about 10 ms a pair here) keep this test, which the rule-testing
 * module waits on, near five seconds; a longer draw is one property away (docs/performance.md).
 */
class LivePairsTest {

    private static final RuleBook RULES = RuleBook.load(Path.of("rules"), RuleCache.at(RuleCache.defaultFolder()));
    private static final List<Fact> SEED = PackLoader.load(Facts.kinds(), List.of(Path.of("seeds", "vilnius-2023.yaml"))).facts();
    private static final List<SweepChange> CHANGES = ChangeGenerator.changes(SEED, EnumSet.allOf(ChangeKind.class));
    private static final Evaluator LIVE = Evaluator.incremental(RULES, SEED);
    private static final Evaluator FRESH = Evaluator.fresh(RULES, SEED);

    @Property
    void anyTwoChangesGiveOnALiveSessionWhatTheyGiveOnAFreshOne(@ForAll("pairs") List<SweepChange> pair) {
        assertThat(LIVE.evaluate(pair)).as(pair.get(0).label() + " + " + pair.get(1).label())
                .isEqualTo(FRESH.evaluate(pair));
    }

    @Provide
    Arbitrary<List<SweepChange>> pairs() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, CHANGES.size() - 1);
        return index.list().ofSize(2).uniqueElements().map(indices -> List.of(CHANGES.get(indices.get(0)),
                CHANGES.get(indices.get(1))));
    }

    @AfterContainer
    static void close() {
        LIVE.close();
        FRESH.close();
    }
}
