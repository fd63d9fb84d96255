package org.entente.engine;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.entente.io.AtomicFile;
import org.entente.io.Digest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder of compiled rule modules, keyed by the rules' content, the Drools build and the Entente build (whose
 * fact classes the compiled rules are bound to). An entry is a kjar plus its SHA-256; one that is missing, corrupt
 * or unloadable is ignored and rebuilt, never trusted blindly. Writes go to a temporary file and are then moved, so
 * concurrent runs and interrupted runs never leave half an entry.
 */
public final class RuleCache {

    /** Bump when the way entries are built changes, so old entries are not read as new ones. */
    private static final String FORMAT = "entente-rule-cache-1";
    private static final Logger LOG = LoggerFactory.getLogger(RuleCache.class);

    /** The classes of a running process do not change, so their digest is taken once. */
    private static final String BUILD_FINGERPRINT = fingerprint();

    /** A file lock belongs to the whole process, so the threads of one process take turns before taking it. */
    private static final Map<Path, ReentrantLock> BUILDERS = new ConcurrentHashMap<>();

    private final Path folder;

    /** Held while an entry is built; closing it lets the next builder in. */
    interface Building extends AutoCloseable {
        @Override
        void close();
    }

    private RuleCache(Path folder) {
        this.folder = folder;
    }

    public static RuleCache at(Path folder) {
        return new RuleCache(folder);
    }

    /**
     * The default folder: the {@code entente.cache} system property, else {@code $ENTENTE_CACHE}, else
     * {@code $XDG_CACHE_HOME/entente}, else {@code ~/.cache/entente}.
     */
    public static Path defaultFolder() {
        String property = System.getProperty("entente.cache");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv("ENTENTE_CACHE");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("entente");
    }

    public Path folder() {
        return folder;
    }

    String keyFor(RuleBook.RuleSources sources) {
        return new Digest().add(FORMAT).add(sources.digest()).add(BUILD_FINGERPRINT).hex().substring(0, 32);
    }

    /** The entry's bytes if it is present and intact, else null. */
    byte[] read(String key) {
        Path module = folder.resolve(key + ".kjar");
        Path checksum = folder.resolve(key + ".sha256");
        try {
            if (!Files.isRegularFile(module) || !Files.isRegularFile(checksum)) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(module);
            if (!Digest.of(bytes).equals(Files.readString(checksum, StandardCharsets.US_ASCII).strip())) {
                LOG.info("rule cache entry {} does not match its checksum; rebuilding", key);
                evict(key);
                return null;
            }
            return bytes;
        } catch (IOException e) {
            LOG.info("cannot read rule cache entry {}: {}", key, e.toString());
            return null;
        }
    }

    /**
     * Waits until no other process or thread is building the entry, and keeps others waiting until closed, so runs
     * that start together on a missing entry compile it once (the tests' two JVMs per module did so, each taking
     * seconds of the same two cores): the first builds and stores it, the others then read it. A folder that cannot
     * be locked (one that cannot be written) is not waited on; an entry then costs what it cost without the lock.
     */
    Building building(String key) {
        Path file = folder.toAbsolutePath().normalize().resolve(key + ".lock");
        ReentrantLock turn = BUILDERS.computeIfAbsent(file, path -> new ReentrantLock());
        turn.lock();
        try {
            Files.createDirectories(folder);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.lock();
                return () -> {
                    try (channel) {
                        lock.release();
                    } catch (IOException e) {
                        LOG.info("cannot release the rule cache lock {}: {}", file, e.toString());
                    } finally {
                        turn.unlock();
                    }
                };
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            LOG.info("building rule cache entry {} without a lock: {}", key, e.toString());
            return turn::unlock;
        }
    }

    /** Stores an entry; a cache that cannot be written only costs speed, so failures are logged, not raised. */
    void write(String key, byte[] bytes) {
        try {
            AtomicFile.write(folder.resolve(key + ".kjar"), bytes);
            AtomicFile.write(folder.resolve(key + ".sha256"), Digest.of(bytes).getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            LOG.warn("cannot write the rule cache in {}: {}", folder, e.toString());
        }
    }

    void evict(String key) {
        for (String suffix : List.of(".kjar", ".sha256")) {
            try {
                Files.deleteIfExists(folder.resolve(key + suffix));
            } catch (IOException e) {
                LOG.info("cannot remove rule cache file {}{}: {}", key, suffix, e.toString());
            }
        }
    }

    /**
     * What the compiled rules depend on besides their source: the Drools build (its jar's name carries the version)
     * and the Entente classes the rules bind to, by name and bytes. The classes are read alike from the jar and from
     * a build's class folder, so the packaged jar finds the entries its build's tests made (the jar's own bytes
     * carry timestamps that differ on every build).
     */
    private static String fingerprint() {
        Digest digest = new Digest().add(location(RuleImpl.class).getFileName().toString());
        Path entente = location(RuleCache.class);
        try {
            SortedMap<String, byte[]> classes = Files.isRegularFile(entente) ? classesInJar(entente)
                    : classesInFolder(entente);
            classes.forEach((name, bytes) -> digest.add(name).add(bytes));
        } catch (IOException e) {
            digest.add(String.valueOf(System.nanoTime()));
        }
        return digest.hex();
    }

    private static SortedMap<String, byte[]> classesInJar(Path jar) throws IOException {
        SortedMap<String, byte[]> classes = new TreeMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                if (entry.getName().startsWith("org/entente/") && entry.getName().endsWith(".class")) {
                    try (InputStream in = file.getInputStream(entry)) {
                        classes.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return classes;
    }

    private static SortedMap<String, byte[]> classesInFolder(Path root) throws IOException {
        SortedMap<String, byte[]> classes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root.resolve("org/entente"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(File.separatorChar, '/');
                classes.put(name, Files.readAllBytes(file));
            }
        }
        return classes;
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of(type.getName());
        }
    }
}
