package org.columnpress.maven.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A SHA-256 over everything a book build reads: files (by relative name and content) and labelled
 * values. Equal fingerprints mean the same inputs, so the outputs of the last build still stand.
 */
public final class Fingerprint {

    private final MessageDigest digest;

    public Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public Fingerprint value(String label, Object value) {
        // Length-prefixed, so that ("ab", "c") and ("a", "bc") never hash alike.
        text(label);
        text(String.valueOf(value));
        return this;
    }

    public Fingerprint values(String label, Map<String, String> values) {
        value(label, values.size());
        new TreeMap<>(values).forEach(this::value);
        return this;
    }

    /** Every non-hidden file under {@code root} (or {@code root} itself) that {@code wanted} accepts. */
    public Fingerprint tree(String label, Path root, Predicate<Path> wanted) {
        value(label, root.toAbsolutePath().normalize());
        if (!Files.exists(root)) {
            return value("missing", root);
        }
        for (Path file : filesUnder(root, wanted)) {
            value("file", root.relativize(file).toString().replace('\\', '/'));
            content(file);
        }
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private static List<Path> filesUnder(Path root, Predicate<Path> wanted) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> !hidden(root.relativize(path)))
                    .filter(wanted)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private void content(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            value("size", Files.size(file));
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private void text(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }
}
