package org.entente.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.entente.api.Analyser;
import org.entente.io.Digest;

/**
 * What an analyser is loaded from: a rules folder and fact packs, and where compiled rules are cached (null for
 * nowhere). Its digest covers the {@code .drl} files of the
 * rules folder and every file beside the packs (the articles they quote live there), names and contents, so it
 * changes exactly when a reload could give other rules or facts.
 */
record Sources(Path rules, List<Path> packs, Path cache) {

    Sources {
        packs = List.copyOf(packs);
    }

    Analyser load() {
        return cache == null ? Analyser.load(rules, packs) : Analyser.load(rules, packs, cache);
    }

    String digest() {
        TreeSet<Path> files = new TreeSet<>();
        files.addAll(list(rules, file -> file.getFileName().toString().endsWith(".drl")));
        for (Path pack : packs) {
            Path folder = pack.toAbsolutePath().getParent();
            files.addAll(list(folder, file -> true));
            files.add(pack.toAbsolutePath());
        }
        Digest digest = new Digest();
        for (Path file : files) {
            digest.add(file.toAbsolutePath().toString());
            try {
                digest.add(Files.readAllBytes(file));
            } catch (IOException e) {
                // Gone between listing and reading: the next poll sees the folder as it is now.
                digest.add(new byte[0]);
            }
        }
        return digest.hex();
    }

    private static List<Path> list(Path folder, Predicate<Path> wanted) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(Files::isRegularFile).filter(wanted).map(Path::toAbsolutePath).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
