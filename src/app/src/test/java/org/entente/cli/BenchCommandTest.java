package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark runs end to end on small inputs; its figures are read by people, so nothing here is timed. */
class BenchCommandTest {

    @Test
    void theInProcessSectionsPrintTheirTablesOverEveryPackGiven() {
        CliRun run = CliRun.of("bench", "--only", "whatif,scale", "--sizes", "100,200", "--runs", "1",
                "--facts", "seeds/vilnius-2023.yaml", "--facts", "seeds/sweden-2024.yaml");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("### What-if evaluation: fresh session per change vs one live session")
                .contains("| packs (131 facts) |").contains("| synthetic 100 facts |")
                .contains("### Scale: one analysis of a synthetic world")
                .doesNotContain("| NO |");
    }
}
