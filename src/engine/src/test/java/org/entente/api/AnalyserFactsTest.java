package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnalyserFactsTest {

    @Test
    void factsAreThePacksBaseFactsWithTheirFieldsAndEvidence() {
        assertThat(Seed.ANALYSER.facts()).hasSize(127)
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
        assertThat(Seed.ANALYSER.packs()).containsExactly("seeds/vilnius-2023.yaml");
    }
}
