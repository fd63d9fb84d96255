package org.entente.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Map;
import org.entente.domain.Fact;
import org.entente.pack.Consistency;
import org.entente.pack.Declared;
import org.entente.pack.LocatedYaml;
import org.entente.pack.Provenance;
import org.entente.testing.Facts;
import org.junit.jupiter.api.Test;

class SyntheticWorldTest {

    @Test
    void aSyntheticWorldHasTheSizeAskedForAndIsConsistentLikeAPack() {
        List<Fact> world = SyntheticWorld.of(2_000, Facts.kinds());
        LocatedYaml nowhere = LocatedYaml.parse("synthetic", "{}");
        List<Declared> declared = world.stream()
                .map(fact -> new Declared(fact, Provenance.hypothetical("synthetic", "synthetic"), nowhere, ""))
                .toList();

        assertThat(world.size()).isBetween(2_000, 2_010);
        assertThatCode(() -> Consistency.check(declared, Map.of())).doesNotThrowAnyException();
    }

    @Test
    void theSameSizeGivesTheSameWorld() {
        assertThat(SyntheticWorld.of(1_000, Facts.kinds())).isEqualTo(SyntheticWorld.of(1_000, Facts.kinds()));
    }
}
