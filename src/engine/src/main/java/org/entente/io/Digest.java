package org.entente.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a sequence of byte arrays, as hex: the one digest for cache keys, checksums and change detection.
 * Each part is followed by a zero byte, so that ("ab", "c") and ("a", "bc") differ.
 */
public final class Digest {

    private final MessageDigest sha256;

    public Digest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public Digest add(byte[] bytes) {
        sha256.update(bytes);
        sha256.update((byte) 0);
        return this;
    }

    public Digest add(String text) {
        return add(text.getBytes(StandardCharsets.UTF_8));
    }

    public String hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    public static String of(byte[] bytes) {
        return new Digest().add(bytes).hex();
    }
}
