package org.entente.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.UUID;
import org.entente.InputError;

/** Writes a file so that readers see the old file or the whole new one, never a half-written one. */
public final class AtomicFile {

    private AtomicFile() {
    }

    /**
     * Writes to a temporary file in the target's folder (so the move cannot cross file systems), then moves it
     * into place in one step. On any error the temporary file is removed and the target is left as it was.
     *
     * @throws InputError naming the target when it cannot be written
     */
    public static void write(Path target, String content) {
        try {
            write(target, content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputError(PathNames.display(target), "cannot write the report: " + reason(e));
        }
    }

    /**
     * The same for bytes, for callers that decide themselves what a failure means (a cache that cannot be written
     * only costs speed).
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            // Not Files.createTempFile: its owner-only permissions would stay on the file once it is moved.
            temporary = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temporary, target.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // The error that brought us here is the one worth reporting.
                }
            }
        }
    }

    private static String reason(IOException error) {
        if (error instanceof FileSystemException failed && failed.getReason() != null) {
            return failed.getReason();
        }
        return error.getClass().getSimpleName().replaceAll("Exception$", "").replaceAll("(?<=[a-z])(?=[A-Z])", " ")
                .toLowerCase(Locale.ROOT) + (error.getMessage() == null ? "" : " " + error.getMessage());
    }
}
