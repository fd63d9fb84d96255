package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.entente.domain.Actor;
import org.entente.domain.Position;
import org.entente.domain.Stance;
import org.junit.jupiter.api.Test;

class AnalyserFactsTest {

    @Test
    void factsAreThePacksBaseFactsWithTheirFieldsAndEvidence() {
        assertThat(Seed.ANALYSER.facts()).hasSize(130)
                .filteredOn(fact -> fact.id().equals("pos-fra-asia-office")).singleElement().satisfies(fact -> {
                    assertThat(fact.type()).isEqualTo("Position");
                    assertThat(fact.fields()).containsEntry("actor", "FRA").containsEntry("stance", "OPPOSES")
                            .containsKeys("initiative", "voicedBy").doesNotContainKey("id");
                    assertThat(fact.evidence()).singleElement().satisfies(evidence -> assertThat(evidence.quote())
                            .contains("French President Emmanuel Macron took issue"));
                });
    }

    @Test
    void numbersStayNumbersAndAbsentOptionalFieldsAreLeftOut() {
        assertThat(Seed.ANALYSER.facts()).filteredOn(fact -> fact.id().equals("nato-stated-members")).singleElement()
                .satisfies(fact -> assertThat(fact.fields().get("members")).isEqualTo(31));
        assertThat(Seed.ANALYSER.facts()).filteredOn(fact -> fact.type().equals("Actor"))
                .anySatisfy(actor -> assertThat(actor.fields()).doesNotContainKey("represents"));
    }

    @Test
    void thePacksAreNamedAsInMessages() {
        assertThat(Seed.ANALYSER.packs()).containsExactly("seeds/world.yaml", "seeds/vilnius-2023.yaml");
    }

    @Test
    void aScenariosWorldIsTheBaselineWithItsChangesAppliedAndTheBaselineIsUntouched() {
        Scenario franceComesRound = Scenarios.named("France comes round")
                .modify("pos-fra-asia-office", Map.of("stance", "SUPPORTS")).build();

        World world = Seed.ANALYSER.world(franceComesRound);

        assertThat(world.fact("pos-fra-asia-office")).get().isInstanceOfSatisfying(Position.class,
                position -> assertThat(position.stance()).isEqualTo(Stance.SUPPORTS));
        assertThat(Seed.ANALYSER.world().fact("pos-fra-asia-office")).get().isInstanceOfSatisfying(Position.class,
                position -> assertThat(position.stance()).isEqualTo(Stance.OPPOSES));
        assertThat(world.fact("FRA")).get().isInstanceOf(Actor.class);
        assertThat(world.nameOf("FRA")).isEqualTo("France");
        assertThat(world.fact("no-such-fact")).isEmpty();
        assertThat(world.files()).containsExactly("seeds/world.yaml", "seeds/vilnius-2023.yaml");
    }

    @Test
    void aScenarioNamesThePlaceOfItsFieldsForAHostThatRefusesOne() {
        Scenario scenario = Scenarios.parse("request body", """
                name: Elsewhere
                facts: [other.yaml]
                changes:
                  - retract: pos-fra-asia-office
                """);

        assertThat(scenario.where("facts")).isEqualTo("request body:2 field 'facts'");
        assertThat(scenario.changes()).isEqualTo(1);
        assertThat(scenario.isTest()).isFalse();
    }
}
