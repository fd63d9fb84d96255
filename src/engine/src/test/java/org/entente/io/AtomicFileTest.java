package org.entente.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.entente.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a report never replaces what the target is (a link, a device) and leaves no temporary files behind. */
class AtomicFileTest {

    @TempDir
    Path dir;

    private long entries() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void aSymlinkIsWrittenThroughAndStaysALink() throws IOException {
        Path real = Files.writeString(dir.resolve("real.md"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), real.getFileName());

        AtomicFile.write(link, "new");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        assertThat(entries()).isEqualTo(2);
    }

    @Test
    void aDanglingSymlinkIsWrittenThroughToWhereItPoints() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), Path.of("made.md"));

        AtomicFile.write(link, "new");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("made.md"))).isEqualTo("new");
    }

    @Test
    void aDeviceAFifoOrAFolderIsRefusedAndLeftAsItIs() throws Exception {
        Path fifo = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

        for (Path target : new Path[] {Path.of("/dev/null"), fifo, Files.createDirectory(dir.resolve("folder"))}) {
            assertThatThrownBy(() -> AtomicFile.write(target, "x")).isInstanceOf(InputError.class)
                    .hasMessageContaining("not a regular file");
        }
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(Path.of("/dev/null"))).isTrue();
        assertThat(entries()).isEqualTo(2);
    }

    @Test
    void aTemporaryFileLeftByAKilledRunIsReusedNotMultiplied() throws IOException {
        Path report = dir.resolve("report.html");
        Files.writeString(dir.resolve(".report.html.entente.tmp"), "half a report from a run killed with -9");

        AtomicFile.write(report, "whole");
        AtomicFile.write(report, "again");

        assertThat(Files.readString(report)).isEqualTo("again");
        assertThat(entries()).isEqualTo(1);
    }
}
