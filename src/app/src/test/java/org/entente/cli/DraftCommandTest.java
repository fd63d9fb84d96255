package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** entente draft from the command line: the pack it writes, the score it prints, and one clear error for bad input. */
class DraftCommandTest {

    private static final String SEED = "seeds/000_53dffffe28bbb940.txt";

    @TempDir
    Path folder;

    @Test
    void draftsTheSeedArticleToAJsonPackThatNamesTheArticleRelativeToIt() throws Exception {
        Path out = folder.resolve("draft.json");
        CliRun run = CliRun.of("draft", SEED, "--out", out.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        var pack = Json.MAPPER.readTree(Files.readString(out));
        assertThat(folder.resolve(pack.get("article").asText()).normalize())
                .isEqualTo(Path.of(SEED).toAbsolutePath().normalize());
        assertThat(pack.get("facts").size()).isGreaterThan(20);
    }

    @Test
    void againstACuratedPackPrintsPrecisionAndRecallPerType() {
        CliRun run = CliRun.of("draft", SEED, "--against", "seeds/vilnius-2023.yaml");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("| type | drafted | curated | matched | loosely | precision | recall |")
                .contains("| Actor |").contains("| Relation |").contains("Only in the curated pack:");
    }

    @Test
    void anEmptyArticleIsOneErrorAndNoFile() throws Exception {
        assertRefused(Files.writeString(folder.resolve("empty.txt"), ""), "the article is empty");
    }

    @Test
    void aBinaryFileIsOneErrorAndNoFile() throws Exception {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        assertRefused(Files.write(folder.resolve("image.png"), bytes), "not UTF-8 text");
    }

    @Test
    void anArticleOverOneMebibyteIsOneErrorAndNoFile() throws Exception {
        assertRefused(Files.writeString(folder.resolve("huge.txt"), "NATO met. ".repeat(110_000)), "larger than 1 MiB");
    }

    @Test
    void anArticleNotInEnglishIsOneErrorAndNoFile() throws Exception {
        assertRefused(Files.writeString(folder.resolve("fr.txt"), "Le président français Emmanuel Macron s'est "
                + "opposé à l'ouverture d'un bureau de l'OTAN au Japon, estimant que l'Alliance atlantique devait "
                + "rester concentrée sur l'Europe et l'Atlantique Nord, selon plusieurs diplomates à Paris.",
                StandardCharsets.UTF_8), "not English");
    }

    private void assertRefused(Path article, String message) {
        Path out = folder.resolve("draft.yaml");
        CliRun run = CliRun.of("draft", article.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err().lines()).singleElement().asString().startsWith("entente: ").contains(message);
        assertThat(out).doesNotExist();
    }
}
