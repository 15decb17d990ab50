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
 *
 * <p>Paths go in relative to the project folder (those outside it absolute), so that a project moved or
 * copied with its {@code target/}, as a CI cache restored into another workspace is, keeps its
 * fingerprint and still finds its book unchanged.
 */
public final class Fingerprint {

    private final Digest digest = new Digest();
    private final Path project;

    /** @param project the project folder, against which paths are fingerprinted */
    public Fingerprint(Path project) {
        this.project = project.toAbsolutePath().normalize();
    }

    public Fingerprint value(String label, Object value) {
        digest.text(label).text(String.valueOf(value));
        return this;
    }

    public Fingerprint values(String label, Map<String, String> values) {
        value(label, values.size());
        new TreeMap<>(values).forEach(this::value);
        return this;
    }

    /** A path, as {@link #relative} writes it. */
    public Fingerprint path(String label, Path path) {
        return value(label, relative(path));
    }

    /** One file: its path and its content. */
    public Fingerprint file(String label, Path file) {
        path(label, file);
        digest.file(file);
        return this;
    }

    /** Every non-hidden file under {@code root} (or {@code root} itself) that {@code wanted} accepts. */
    public Fingerprint tree(String label, Path root, Predicate<Path> wanted) {
        path(label, root);
        if (!Files.exists(root)) {
            return value("missing", relative(root));
        }
        for (Path file : filesUnder(root, wanted)) {
            value("file", root.relativize(file).toString().replace('\\', '/'));
            digest.file(file);
        }
        return this;
    }

    /**
     * {@code path} relative to the project folder, with '/' between names, or {@code .} for the folder
     * itself; a path outside the project stays absolute (an absolute and a relative path never read alike).
     */
    public String relative(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(project)) {
            return absolute.toString();
        }
        String relative = project.relativize(absolute).toString().replace('\\', '/');
        return relative.isEmpty() ? "." : relative;
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
