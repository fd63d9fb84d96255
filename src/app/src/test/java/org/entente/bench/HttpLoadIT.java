package org.entente.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The load test itself is run by hand (docs/performance.md); this only keeps the tool working, on a few requests. */
class HttpLoadIT {

    @Test
    void aShortRunMeasuresEveryEndpointAndFindsEveryBodyCorrect() {
        int exitCode = new CommandLine(new HttpLoad()).execute("--clients", "4", "--seconds", "0.5", "--warm-up", "20",
                "--driver", "jdk", "--settle-limit", "0");

        assertThat(exitCode).isZero();
    }
}
