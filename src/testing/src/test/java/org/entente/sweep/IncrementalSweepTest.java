package org.entente.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.testing.Facts.area;
import static org.entente.testing.Facts.initiative;
import static org.entente.testing.Facts.member;
import static org.entente.testing.Facts.organisation;
import static org.entente.testing.Facts.position;
import static org.entente.testing.Facts.region;
import static org.entente.testing.Facts.state;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.entente.domain.Decision;
import org.entente.domain.Fact;
import org.entente.domain.Position;
import org.entente.domain.Stance;
import org.entente.engine.LiveSession;
import org.entente.engine.RuleBook;
import org.entente.engine.RuleCache;
import org.entente.pack.PackLoader;
import org.entente.testing.Facts;
import org.junit.jupiter.api.Test;

/**
 * The incremental evaluator (one live session) must agree with a fresh session for every change it evaluates; pairs
 * of changes are drawn at random in LivePairsTest.
 */
class IncrementalSweepTest {

    private static final RuleBook RULES = RuleBook.load(Path.of("rules"), RuleCache.at(RuleCache.defaultFolder()));
    private static final List<Fact> SEED = PackLoader.load(Facts.kinds(), List.of(Path.of("seeds", "vilnius-2023.yaml"))).facts();
    private static final List<SweepChange> CHANGES = ChangeGenerator.changes(SEED, EnumSet.allOf(ChangeKind.class));

    @Test
    void everySingleChangeGivesTheSameFindingsAsAFreshSession() {
        try (Evaluator incremental = Evaluator.incremental(RULES, SEED); Evaluator fresh = Evaluator.fresh(RULES, SEED)) {
            assertThat(incremental.baseline()).isEqualTo(fresh.baseline());
            for (SweepChange change : CHANGES) {
                assertThat(incremental.evaluate(List.of(change))).as(change.label())
                        .isEqualTo(fresh.evaluate(List.of(change)));
            }
        }
    }

    @Test
    void aLiveSessionIsBackAtItsBaselineAfterEveryProbe() {
        try (LiveSession session = new LiveSession(RULES, SEED)) {
            Set<String> baseline = session.findingIds();
            for (SweepChange change : CHANGES) {
                session.probe(change.retract(), change.insert());
                assertThat(session.findingIds()).as("after " + change.label()).isEqualTo(baseline);
            }
        }
    }

    @Test
    void twoFactsInsertedUnderOneIdAreBothTakenBack() {
        // A sweep's assert candidates give one actor two stances under one id; the restore once kept track of a
        // handle per id and left the first stance in the session, where every later probe saw it.
        try (LiveSession session = new LiveSession(RULES, SEED)) {
            Set<String> baseline = session.findingIds();
            session.probe(List.of(), List.of(new Position("stance", "MNE", "nato-indo-pacific-outreach", Stance.OPPOSES,
                    null, null), new Position("stance", "MNE", "nato-indo-pacific-outreach", Stance.SUPPORTS, null, null)));
            assertThat(session.findingIds()).isEqualTo(baseline);
        }
    }

    @Test
    void retractingARegionUndoesContainmentSeveralLevelsDeep() {
        // leaf lies four levels under top, NATO's area: the office there is in area until the chain is cut.
        List<Fact> world = List.of(organisation("NATO"), state("FRA"), member("FRA", "NATO"),
                region("top"), region("upper", "top"), region("middle", "upper"), region("lower", "middle"),
                region("leaf", "lower"), area("NATO", "top"), initiative("office", "NATO", "leaf", Decision.CONSENSUS),
                position("FRA", "office", Stance.OPPOSES));
        try (LiveSession session = new LiveSession(RULES, world)) {
            assertThat(session.findingIds()).doesNotContain("out-of-area-objection:FRA:NATO:office");

            Set<String> cut = session.probe(List.of("middle"), List.of());

            assertThat(cut).contains("out-of-area-objection:FRA:NATO:office");
            assertThat(session.findingIds()).doesNotContain("out-of-area-objection:FRA:NATO:office");
        }
    }

    @Test
    void containmentSevenLevelsDeepHoldsInALiveSessionAndAnyCutUndoesIt() {
        // r0 ... r7: the office lies seven levels under NATO's area. Cutting any region between them takes the office
        // out of area; restoring it puts it back, as a fresh session would.
        List<Fact> world = new ArrayList<>(List.of(organisation("NATO"), state("FRA"), member("FRA", "NATO"),
                area("NATO", "r0"), initiative("office", "NATO", "r7", Decision.CONSENSUS),
                position("FRA", "office", Stance.OPPOSES), region("r0")));
        for (int level = 1; level <= 7; level++) {
            world.add(region("r" + level, "r" + (level - 1)));
        }
        String objection = "out-of-area-objection:FRA:NATO:office";
        try (LiveSession session = new LiveSession(RULES, world);
             Evaluator fresh = Evaluator.fresh(RULES, world)) {
            assertThat(session.findingIds()).doesNotContain(objection);
            for (int level = 1; level <= 6; level++) {
                SweepChange cut = new SweepChange(ChangeKind.RETRACT, "r" + level, "retract r" + level,
                        List.of("r" + level), List.of());
                assertThat(session.probe(cut.retract(), cut.insert())).as(cut.label()).contains(objection)
                        .isEqualTo(fresh.evaluate(List.of(cut)));
                assertThat(session.findingIds()).as("after " + cut.label()).doesNotContain(objection);
            }
        }
    }

    @Test
    void aRegionWithTwoParentsStaysInsideWhileEitherPathHolds() {
        List<Fact> world = List.of(organisation("NATO"), state("FRA"), member("FRA", "NATO"), region("top"),
                region("left", "top"), region("right", "top"), region("leaf", "left", "right"), area("NATO", "top"),
                initiative("office", "NATO", "leaf", Decision.CONSENSUS), position("FRA", "office", Stance.OPPOSES));
        String objection = "out-of-area-objection:FRA:NATO:office";
        try (LiveSession session = new LiveSession(RULES, world)) {
            assertThat(session.probe(List.of("left"), List.of())).doesNotContain(objection);
            assertThat(session.probe(List.of("left", "right"), List.of())).contains(objection);
            assertThat(session.findingIds()).doesNotContain(objection);
        }
    }

    @Test
    void theMinimalWaysToResolveFrancesObjectionIncludeItsStanceAndAWiderArea() {
        Set<String> ruleIds = Set.of("out-of-area-objection");
        try (Evaluator incremental = Evaluator.incremental(RULES, SEED)) {
            SweepReport report = Sweep.run(incremental, CHANGES, 1, "out-of-area-objection:FRA:NATO:nato-asia-office",
                    ruleIds, done -> { });

            assertThat(report.target().goal()).isEqualTo("resolve");
            assertThat(report.target().minimal()).extracting(outcome -> outcome.changes().get(0))
                    .contains("flip pos-fra-asia-office to SUPPORTS", "retract pos-fra-asia-office",
                            "widen NATO's area to asia", "retract member-fra")
                    .doesNotContain("retract partner-aus");
            assertThat(report.target().minimal().get(0).changes()).containsExactly("widen NATO's area to asia");
        }
    }

    @Test
    void aPairIsReportedOnlyWhenItDoesMoreThanItsPartsAndIsMinimalForATarget() {
        // Two members oppose: one retraction alone does not unblock the office; both together do.
        List<Fact> world = new ArrayList<>(SEED);
        world.add(position("TUR", "nato-asia-office", Stance.OPPOSES));
        List<SweepChange> changes = ChangeGenerator.changes(world, EnumSet.of(ChangeKind.FLIP));
        try (Evaluator incremental = Evaluator.incremental(RULES, world)) {
            SweepReport report = Sweep.run(incremental, changes, 2, "consensus-blocked:nato-asia-office",
                    Set.of("consensus-blocked"), done -> { });

            assertThat(report.target().minimal()).singleElement().satisfies(outcome -> assertThat(outcome.changes())
                    .containsExactlyInAnyOrder("flip pos-fra-asia-office to SUPPORTS", "flip position-"
                            + world.get(world.size() - 1).id().substring("position-".length()) + " to SUPPORTS"));
        }
    }
}
