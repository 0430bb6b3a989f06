package org.appealpacket.internal.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * SHA-256 the one way the library uses it: hex hashes of files and of written bytes, and the
 * 16-byte file identifiers of PDFs, derived from a digest of what went into them so that the same
 * inputs give the same identifier.
 */
public final class Sha256 {
    /** A PDF file identifier's length in bytes. */
    private static final int FILE_ID_BYTES = 16;

    private Sha256() {
    }

    /** A fresh digest. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /** The hex SHA-256 of bytes. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** The hex form of a finished digest's value. */
    public static String hexOf(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The hex SHA-256 of a file's bytes, read in blocks (never whole into memory). */
    public static String file(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest digest = digest();
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return hexOf(digest);
        }
    }

    /** A PDF file identifier: the first 16 bytes of the digest's value. */
    public static byte[] fileId(MessageDigest digest) {
        return Arrays.copyOf(digest.digest(), FILE_ID_BYTES);
    }

    /** The identifier of one volume of a packet split into volumes, derived from the packet's. */
    public static byte[] volumeId(byte[] fileId, int volume) {
        MessageDigest d = digest();
        d.update(fileId);
        d.update((byte) volume);
        d.update((byte) (volume >>> 8));
        return fileId(d);
    }
}
