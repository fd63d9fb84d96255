package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** --as-of and the timeline: the seed's count of 31 allies holds only between Finland's and Sweden's accession. */
class TimeCommandsTest {

    private static final String MISMATCH = "stated-count-mismatch:NATO";

    @Test
    void theTimelineShowsTheCountMismatchVanishWhenFinlandJoinsAndReturnWhenSwedenDoes() {
        CliRun run = CliRun.of("timeline", "--facts", "seeds/vilnius-2023.yaml", "--facts", "seeds/sweden-2024.yaml");

        assertThat(run.exitCode()).isZero();
        String out = run.out();
        assertThat(out).startsWith("before 2023-04-04: ");
        assertThat(out.substring(out.indexOf("2023-04-04:"), out.indexOf("2024-03-07:"))).contains("  - " + MISMATCH);
        assertThat(out.substring(out.indexOf("2024-03-07:"))).contains("  + " + MISMATCH);
    }

    @Test
    void asOfEitherSideOfSwedensAccessionDecidesTheMismatch() {
        String[] packs = {"--facts", "seeds/vilnius-2023.yaml", "--facts", "seeds/sweden-2024.yaml"};
        CliRun before = CliRun.of(concat(new String[] {"analyse", "--format", "json", "--as-of", "2024-03-06"}, packs));
        CliRun after = CliRun.of(concat(new String[] {"analyse", "--format", "json", "--as-of", "2024-03-07"}, packs));

        assertThat(before.exitCode()).isZero();
        assertThat(before.out()).doesNotContain("\"" + MISMATCH + "\"");
        assertThat(after.out()).contains("\"" + MISMATCH + "\"");
    }

    @Test
    void anAsOfThatIsNotADateIsOneLineAndExitTwo() {
        CliRun run = CliRun.of("analyse", "--as-of", "2024-02-30");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("entente: --as-of: '2024-02-30' is not a date; write it as YYYY-MM-DD, "
                + "like 2023-07-07");
        assertThat(run.out()).isEmpty();
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
