package org.entente.engine;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over a sequence of byte arrays, as hex. */
final class Digest {

    private final MessageDigest sha256;

    Digest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    Digest add(byte[] bytes) {
        sha256.update(bytes);
        sha256.update((byte) 0);
        return this;
    }

    Digest add(String text) {
        return add(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    String hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    static String of(byte[] bytes) {
        return new Digest().add(bytes).hex();
    }
}
