package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code entente vocabulary}: the fact types with what each field may hold, read from the code that reads packs. */
class VocabularyCommandTest {

    @Test
    void eachTypeIsListedWithItsReferencesValuesAndOptionalFields() {
        CliRun run = CliRun.of("vocabulary");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Position: actor (an Actor), initiative (an Initiative or an Outreach), "
                + "stance (SUPPORTS, OPPOSES, CONDITIONAL, DELAYS, NEUTRAL), condition (any fact; optional), "
                + "voicedBy (an Actor; optional)")
                .contains("Relation: kind (a relation kind of the vocabulary), from (any fact), to (any fact)");
    }

    @Test
    void theMarkdownTableHasARowPerType() {
        CliRun run = CliRun.of("vocabulary", "--format", "markdown");

        assertThat(run.out().lines()).first().isEqualTo("| type | fields |");
        assertThat(run.out()).contains("| `Event` | `name`, `kind` *(`SUMMIT`, `EXERCISE`, `VISIT`, `MEETING`)*, ");
    }
}
