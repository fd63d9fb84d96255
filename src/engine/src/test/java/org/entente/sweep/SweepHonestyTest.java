package org.entente.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.entente.InputError;
import org.entente.api.Analyser;
import org.entente.api.Scenarios;
import org.entente.api.ScenarioBuilder;
import org.entente.domain.Fact;
import org.entente.domain.Position;
import org.entente.domain.Stance;
import org.entente.engine.RuleCache;
import org.entente.pack.Declared;
import org.entente.pack.PackLoader;
import org.entente.pack.References;
import org.entente.pack.RelationKinds;
import org.entente.pack.Vocabulary;
import org.junit.jupiter.api.Test;

/** A sweep evaluates only changes a what-if accepts, leaves kept facts alone, and reports only what changes. */
class SweepHonestyTest {

    private static final Analyser ANALYSER = Analyser.load(Path.of("rules"),
            List.of(Path.of("seeds", "vilnius-2023.yaml")), RuleCache.defaultFolder());
    private static final List<Fact> FACTS = ANALYSER.world().facts();
    /** As declared, before folding: a retraction takes along what refers to a fact in the pack itself. */
    private static final List<Fact> DECLARED = PackLoader.load(RelationKinds.read(Path.of("rules")),
            List.of(Path.of("seeds", "vilnius-2023.yaml"))).byId().values().stream().map(Declared::fact).toList();

    /** The changes as a sweep of the analyser makes them: kept facts by id or type, retractions with what rests. */
    private static ChangeGenerator.Changes changes(Set<ChangeKind> kinds, Set<String> keep) {
        return ChangeGenerator.changes(FACTS, kinds,
                fact -> keep.contains(fact.id()) || keep.contains(Vocabulary.of(fact).name()),
                References.of(DECLARED)::dependents);
    }

    private static SweepChange retraction(List<SweepChange> changes, String id) {
        return changes.stream().filter(change -> change.kind() == ChangeKind.RETRACT && change.touches().equals(id))
                .findFirst().orElseThrow();
    }

    @Test
    void everyRetractionASweepTriesIsOneAWhatIfAccepts() {
        for (SweepChange change : changes(EnumSet.of(ChangeKind.RETRACT), Set.of()).changes()) {
            ScenarioBuilder scenario = Scenarios.named(change.label());
            change.retract().forEach(scenario::retract);

            assertThat(ANALYSER.world(scenario.build()).facts()).as(change.label())
                    .hasSize(FACTS.size() - change.retract().size());
        }
    }

    @Test
    void retractingAStateTakesItsPeopleAndTheirStatementsWithItAndSaysSo() {
        SweepChange china = retraction(changes(EnumSet.of(ChangeKind.RETRACT), Set.of()).changes(), "CHN");

        assertThat(china.retract()).startsWith("CHN").contains("xi");
        assertThat(china.label()).startsWith("retract CHN with the ").contains("resting on it (").contains("xi");
        SweepChange nato = retraction(changes(EnumSet.of(ChangeKind.RETRACT), Set.of()).changes(), "NATO");
        assertThat(nato.retract()).contains("member-fra");
    }

    @Test
    void keptTypesAreNeverChangedAndARetractionThatWouldTakeThemIsSkipped() {
        ChangeGenerator.Changes changes = changes(EnumSet.allOf(ChangeKind.class), Set.of("Membership", "Region"));

        assertThat(changes.changes()).noneMatch(change -> change.touches().startsWith("member-"));
        assertThat(changes.changes()).noneMatch(change -> change.retract().contains("member-fra"));
        assertThat(changes.skipped()).anySatisfy(reason -> assertThat(reason).startsWith("retract NATO: it would take "
                + "kept ").contains("member-fra"));
        assertThat(ANALYSER.sweep(EnumSet.of(ChangeKind.RETRACT), Set.of("Membership", "Region"), 1, null, done -> { })
                .skipped()).isEqualTo(changes.skipped());
    }

    @Test
    void assertCandidatesGiveEachMemberBothStancesOnEachInitiativeItHasNoPositionOn() {
        List<SweepChange> asserts = changes(EnumSet.of(ChangeKind.ASSERT), Set.of()).changes();

        assertThat(asserts).extracting(SweepChange::label)
                .contains("assert DEU SUPPORTS nato-asia-office", "assert DEU OPPOSES nato-asia-office")
                .doesNotContain("assert FRA SUPPORTS nato-asia-office");
        assertThat(asserts).allSatisfy(change -> assertThat(change.insert()).singleElement()
                .isInstanceOfSatisfying(Position.class, position -> assertThat(position.stance())
                        .isIn(Stance.SUPPORTS, Stance.OPPOSES)));
    }

    @Test
    void anUnknownTargetOrKeptNameIsAnErrorWithSuggestions() {
        assertThatThrownBy(() -> ANALYSER.sweep(EnumSet.of(ChangeKind.FLIP), Set.of(), 1, "out-of-area-objektion",
                done -> { })).isInstanceOf(InputError.class).hasMessageContaining("did you mean out-of-area-objection");
        assertThatThrownBy(() -> ANALYSER.sweep(EnumSet.of(ChangeKind.FLIP), Set.of("Membershp"), 1, null,
                done -> { })).isInstanceOf(InputError.class).hasMessageContaining("did you mean Membership");
    }

    @Test
    void aPairWhoseChangesCancelOutIsNotReported() {
        SweepChange up = new SweepChange(ChangeKind.RETRACT, "a", "retract a", List.of("a"), List.of());
        SweepChange down = new SweepChange(ChangeKind.RETRACT, "b", "retract b", List.of("b"), List.of());
        Evaluator cancelling = new Evaluator() {
            @Override
            public Set<String> baseline() {
                return Set.of("x");
            }

            @Override
            public Set<String> evaluate(List<SweepChange> changes) {
                return changes.size() == 2 ? Set.of("x") : changes.get(0) == up ? Set.of("x", "y") : Set.of();
            }

            @Override
            public void close() {
            }
        };

        SweepReport report = Sweep.run(cancelling, List.of(up, down), 2, null, Set.of(), done -> { });

        assertThat(report.outcomes()).extracting(Outcome::changes)
                .containsExactly(List.of("retract a"), List.of("retract b"));
    }
}
