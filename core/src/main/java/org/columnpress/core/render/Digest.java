package org.columnpress.core.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.columnpress.core.ColumnpressException;

/**
 * A SHA-256 fed with length-prefixed parts, so that ("ab", "c") and ("a", "bc") never hash alike: the one
 * way Columnpress fingerprints what a build or a cached file depends on. Not thread-safe; one per key.
 */
public final class Digest {

    private final MessageDigest sha;

    /**
     * An empty SHA-256.
     */
    public Digest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Feeds a text, as UTF-8.
     *
     * @param text the text
     * @return this digest
     */
    public Digest text(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Feeds bytes, after their length.
     *
     * @param bytes the bytes
     * @return this digest
     */
    public Digest bytes(byte[] bytes) {
        prefix(bytes.length);
        sha.update(bytes);
        return this;
    }

    /**
     * The file's content, streamed: an image or font need not fit in memory twice.
     *
     * @param file the file to read
     * @return this digest
     * @throws ColumnpressException if the file cannot be read
     */
    public Digest file(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            prefix(Files.size(file));
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            return this;
        } catch (IOException e) {
            throw new ColumnpressException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The hex digest; the digest cannot be fed after this.
     *
     * @return 64 lower-case hex digits
     */
    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    private void prefix(long length) {
        sha.update(Long.toString(length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
    }
}
