package org.entente.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
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
     *
     * <p>A symbolic link is written through: the file it points to is replaced and the link stays. A target that
     * is not a regular file (a device, a FIFO, a folder) is refused, never replaced by one. The temporary file has
     * one name per target, held under a file lock while it is written: one left by a run that was killed is reused
     * by the next, so killed runs do not leave a trail of them.
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path real = resolveLinks(target.toAbsolutePath());
        if (Files.exists(real) && !Files.isRegularFile(real)) {
            throw new FileSystemException(real.toString(), null, "not a regular file (a device, a FIFO or a folder), "
                    + "and it is left as it is");
        }
        Path folder = real.getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = folder.resolve("." + real.getFileName() + ".entente.tmp");
            if (!writeLocked(temporary, bytes, real)) {
                // Another writer holds the shared name right now: fall back to a name of this run's own.
                // Not Files.createTempFile: its owner-only permissions would stay on the file once it is moved.
                temporary = folder.resolve("." + real.getFileName() + "." + UUID.randomUUID() + ".tmp");
                Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                Files.move(temporary, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
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

    /**
     * Writes the shared temporary file under an exclusive lock and moves it into place before letting go.
     *
     * @return false when another writer holds the lock
     */
    private static boolean writeLocked(Path temporary, byte[] bytes, Path real) throws IOException {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldHere) {
                lock = null;
            }
            if (lock == null) {
                return false;
            }
            channel.truncate(0);
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            Files.move(temporary, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        }
    }

    /** The path a chain of symbolic links ends at, whether or not a file is there yet. */
    private static Path resolveLinks(Path path) throws IOException {
        Path at = path;
        for (int hops = 0; Files.isSymbolicLink(at); hops++) {
            if (hops == 40) {
                throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            }
            at = at.getParent().resolve(Files.readSymbolicLink(at)).normalize();
        }
        return at;
    }

    private static String reason(IOException error) {
        if (error instanceof FileSystemException failed && failed.getReason() != null) {
            return failed.getReason();
        }
        return error.getClass().getSimpleName().replaceAll("Exception$", "").replaceAll("(?<=[a-z])(?=[A-Z])", " ")
                .toLowerCase(Locale.ROOT) + (error.getMessage() == null ? "" : " " + error.getMessage());
    }
}
