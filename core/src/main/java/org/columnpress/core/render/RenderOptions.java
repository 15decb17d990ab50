package org.columnpress.core.render;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.Reporter;

/**
 * What one renderer is told for one build.
 *
 * @param settings   the renderer's own settings, without their prefix: the publisher hands
 *                   {@code pdf.stylesheet} to the {@code pdf} renderer as {@code stylesheet}
 * @param baseDirectory  relative paths in settings resolve against it (the project folder)
 * @param timestamp  the instant written into the output (creation dates, zip entry times), for
 *                   reproducible builds; the renderer must not read the clock
 * @param reporter   where warnings go
 */
public record RenderOptions(
        Map<String, String> settings, Path baseDirectory, Instant timestamp, Reporter reporter) {

    /**
     * Checks that no component is null and copies the settings.
     *
     * @param settings      the renderer's own settings, without their prefix
     * @param baseDirectory relative paths in settings resolve against it
     * @param timestamp     the instant written into the output
     * @param reporter      where warnings go
     * @throws NullPointerException if a component is null
     */
    public RenderOptions {
        settings = Map.copyOf(settings);
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(reporter, "reporter");
    }

    /**
     * A setting as given.
     *
     * @param key the setting's key without the renderer's prefix, such as {@code stylesheet}
     * @return its value; empty when not set
     */
    public Optional<String> get(String key) {
        return Optional.ofNullable(settings.get(key));
    }

    /**
     * A yes/no setting, read as {@link #parseFlag} reads it.
     *
     * @param key       the setting's key without the prefix
     * @param otherwise the value when it is not set
     * @return the setting's value
     * @throws ColumnpressException if the value is not a yes or no
     */
    public boolean flag(String key, boolean otherwise) {
        return get(key).map(value -> parseFlag(key, value)).orElse(otherwise);
    }

    /**
     * A setting that names a file, resolved against {@link #baseDirectory()}.
     *
     * @param key the setting's key without the prefix
     * @return the normalised path; empty when not set. Whether it exists is not checked
     */
    public Optional<Path> path(String key) {
        return get(key).map(value -> baseDirectory.resolve(value).normalize());
    }

    /**
     * Fails on any setting whose key is not known to the renderer, listing the known ones. Keys that
     * start with a known prefix ending in '.' (such as {@code param.}) are accepted.
     *
     * @param renderer the renderer's name, for the message
     * @param known    the keys it reads, and prefixes ending in '.'
     * @throws ColumnpressException for the first unknown key
     */
    public void requireKnown(String renderer, Collection<String> known) {
        for (String key : settings.keySet()) {
            boolean ok = known.contains(key)
                    || known.stream().anyMatch(k -> k.endsWith(".") && key.startsWith(k));
            if (!ok) {
                throw new ColumnpressException("Unknown " + renderer + " setting '" + key
                        + "'. Known settings: " + String.join(", ", new TreeSet<>(known)) + ".");
            }
        }
    }

    /**
     * The one reading of a yes/no setting, wherever it is read: {@code true}, {@code yes}, {@code on} and
     * {@code false}, {@code no}, {@code off}, in any case; anything else is an error naming the key.
     *
     * @param key   the setting's key, for the message
     * @param value as written; spaces around it are ignored
     * @return the value
     * @throws ColumnpressException if the value is none of these words
     */
    public static boolean parseFlag(String key, String value) {
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new ColumnpressException(
                    "Setting '" + key + "' must be true or false, not '" + value + "'.");
        };
    }
}
