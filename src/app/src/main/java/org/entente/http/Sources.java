package org.entente.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What an analyser is loaded from: a rules folder and fact packs. Its digest covers the {@code .drl} files of the
 * rules folder and every file beside the packs (the articles they quote live there), names and contents, so it
 * changes exactly when a reload could give other rules or facts.
 */
record Sources(Path rules, List<Path> packs) {

    Sources {
        packs = List.copyOf(packs);
    }

    String digest() {
        TreeSet<Path> files = new TreeSet<>();
        files.addAll(list(rules, file -> file.getFileName().toString().endsWith(".drl")));
        for (Path pack : packs) {
            Path folder = pack.toAbsolutePath().getParent();
            files.addAll(list(folder, file -> true));
            files.add(pack.toAbsolutePath());
        }
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        for (Path file : files) {
            digest.update(file.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
            try {
                digest.update(Files.readAllBytes(file));
            } catch (IOException e) {
                // Gone between listing and reading: the next poll sees the folder as it is now.
                digest.update((byte) 0);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
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
