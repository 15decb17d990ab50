package org.columnpress.maven.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.columnpress.core.render.Digest;

/**
 * A fingerprint of everything a book build reads: labelled values, and files by name and content.
 * Equal fingerprints mean the same inputs, so the outputs of the last build still stand. The hashing is
 * core's {@link Digest}; this class only decides what goes in, under which label.
 */
public final class Fingerprint {

    private final Digest digest = new Digest();

    public Fingerprint value(String label, Object value) {
        digest.text(label).text(String.valueOf(value));
        return this;
    }

    public Fingerprint values(String label, Map<String, String> values) {
        value(label, values.size());
        new TreeMap<>(values).forEach(this::value);
        return this;
    }

    /** One file: its name as given and its content. */
    public Fingerprint file(String label, Path file) {
        value(label, file);
        digest.file(file);
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
            digest.file(file);
        }
        return this;
    }

    public String hex() {
        return digest.hex();
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
}
