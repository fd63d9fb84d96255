package org.entente.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.entente.bench.HttpLoad.Run;
import org.junit.jupiter.api.Test;

/** What the load test reads from wrk's run: the line its script prints, in wrk's microseconds. */
class WrkTest {

    private static final String SUMMARY = """
            Running 2s test @ http://127.0.0.1:40000
              2 threads and 16 connections
            entente-wrk 5000 2000000 0 0 0 3 0 900 1500 4200 9100
            """;

    @Test
    void aWindowIsReadAsCountsSecondsAndNanosecondPercentiles() {
        Run run = Wrk.parse("/what-if", SUMMARY, 1_000_000_000L);

        assertThat(run.requests()).isEqualTo(5000);
        assertThat(run.seconds()).isEqualTo(2.0);
        assertThat(run.perSecond()).isEqualTo(2500.0);
        assertThat(run.percentiles()).containsExactly(900_000L, 1_500_000L, 4_200_000L, 9_100_000L);
        assertThat(run.cpuMillisPerRequest()).isEqualTo(0.2);
    }

    @Test
    void answersOtherThanTwoHundredAreFailuresAndACleanWindowHasNone() {
        assertThat(Wrk.parse("/what-if", SUMMARY, 0).failures()).containsExactly("3 requests answered other than 2xx");
        assertThat(Wrk.parse("/health", SUMMARY.replace(" 0 0 0 3 0 ", " 0 0 0 0 0 "), 0).failures()).isEmpty();
    }

    @Test
    void aRunWithoutTheScriptsLineIsAnError() {
        assertThatThrownBy(() -> Wrk.parse("/health", "unable to connect to 127.0.0.1:40000", 0))
                .hasMessageContaining("wrk did not report").hasMessageContaining("unable to connect");
    }
}
