package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** entente compare: one analyst's pack scored against another's reading of the same article. */
class CompareCommandTest {

    private static final String PACK = "seeds/niger-2023.yaml";

    @TempDir
    Path folder;

    @Test
    void aPackAgreesWithItselfOnEveryFact() {
        CliRun run = CliRun.of("compare", PACK, "--against", PACK);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("| type | compared | curated | matched | loosely | precision | recall |")
                .contains("| Relation | 24 | 24 | 24 | 0 | 100% | 100% |");
        assertThat(run.out().lines().filter(line -> line.startsWith("| ") && !line.startsWith("| type")))
                .allSatisfy(line -> assertThat(line).endsWith("| 100% | 100% |"));
    }

    @Test
    void aReadingThatLeavesOutOneRelationMissesItAndOnlyIt() throws Exception {
        Path shorter = secondReadingWithout("rel-fra-suspends-aid");

        CliRun run = CliRun.of("compare", shorter.toString(), "--against", PACK);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("| Relation | 23 | 24 | 23 | 0 | 100% | 96% |");
        String onlyFirst = run.out().substring(run.out().indexOf("Only in the curated pack:"));
        assertThat(onlyFirst.lines().filter(line -> line.startsWith("  ")))
                .singleElement().asString().contains("rel-fra-suspends-aid");
        // The other way round, the same fact is one the compared pack holds alone.
        CliRun swapped = CliRun.of("compare", PACK, "--against", shorter.toString());
        assertThat(swapped.out()).contains("| Relation | 24 | 23 | 23 | 0 | 96% | 100% |")
                .contains("Only in the first pack:\n  Relation rel-fra-suspends-aid");
    }

    @Test
    void aSecondReadingsMissesAreCountedWithoutBlamingPatterns() throws Exception {
        CliRun run = CliRun.of("compare", secondReadingWithout("rel-fra-suspends-aid").toString(), "--against", PACK);

        assertThat(run.out()).contains("Of the 1 curated relations the first pack missed, 1 name only actors the "
                + "first pack has and 0 an actor it lacks.").doesNotContain("patterns");
    }

    @Test
    void packsOfTwoArticlesAreOneErrorNamingBoth() {
        CliRun run = CliRun.of("compare", PACK, "--against", "seeds/kosovo-banjska-2023.yaml");

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err().lines()).singleElement().asString()
                .contains("seeds/kosovo-banjska-2023.txt").contains("seeds/niger-2023.txt");
        assertThat(run.out()).isEmpty();
    }

    /** The seed pack and its article copied beside each other, with one fact taken out. */
    private Path secondReadingWithout(String id) throws Exception {
        Files.copy(Path.of("seeds/niger-2023.txt"), folder.resolve("niger-2023.txt"));
        Files.copy(Path.of("seeds/world.yaml"), folder.resolve("world.yaml"));
        Files.copy(Path.of("seeds/000_53dffffe28bbb940.txt"), folder.resolve("000_53dffffe28bbb940.txt"));
        String yaml = Files.readString(Path.of(PACK));
        int start = yaml.indexOf("  - id: " + id + "\n");
        int end = yaml.indexOf("\n  - id: ", start + 1) + 1;
        assertThat(start).as("the fact to take out").isPositive();
        Path shorter = folder.resolve("niger-2023.yaml");
        Files.writeString(shorter, yaml.substring(0, start) + yaml.substring(end));
        return shorter;
    }
}
