package org.columnpress.core.publish;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.columnpress.core.read.BookDefaults;

/**
 * One build of one book.
 *
 * @param sourceDirectory the book folder ({@code src/book})
 * @param outputDirectory where the files go ({@code target})
 * @param baseName        the main files' name without extension ({@code my-book-1.0})
 * @param formats         renderer names, such as {@code pdf} and {@code epub}
 * @param settings        renderer settings, each key prefixed with its renderer's name and a dot
 *                        ({@code pdf.stylesheet}); each renderer gets its own, without the prefix
 * @param baseDirectory   relative paths in settings resolve against it (the project folder)
 * @param timestamp       the instant written into the outputs, for reproducible builds
 * @param defaults        metadata to fall back on where {@code book.yaml} is silent
 * @param printOverrides  values replacing those of {@code book.yaml}'s {@code print:} section, by key
 *                        ({@code printer}, {@code trim}, ...): a CI job's second edition from one book
 */
public record PublishRequest(
        Path sourceDirectory,
        Path outputDirectory,
        String baseName,
        List<String> formats,
        Map<String, String> settings,
        Path baseDirectory,
        Instant timestamp,
        BookDefaults defaults,
        Map<String, String> printOverrides) {

    /**
     * Checks that no component is null and copies the lists and maps.
     *
     * @param sourceDirectory the book folder
     * @param outputDirectory where the files go
     * @param baseName        the main files' name without extension
     * @param formats         renderer names
     * @param settings        renderer settings, prefixed
     * @param baseDirectory   the project folder
     * @param timestamp       the instant written into the outputs
     * @param defaults        metadata to fall back on
     * @param printOverrides  values replacing the {@code print:} section's; may be empty
     * @throws NullPointerException if a component is null
     */
    public PublishRequest {
        Objects.requireNonNull(sourceDirectory, "sourceDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(baseName, "baseName");
        formats = List.copyOf(formats);
        settings = Map.copyOf(settings);
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(defaults, "defaults");
        printOverrides = Map.copyOf(printOverrides);
    }

    /**
     * A build without print overrides.
     *
     * @param sourceDirectory the book folder
     * @param outputDirectory where the files go
     * @param baseName        the main files' name without extension
     * @param formats         renderer names
     * @param settings        renderer settings, prefixed
     * @param baseDirectory   the project folder
     * @param timestamp       the instant written into the outputs
     * @param defaults        metadata to fall back on
     */
    public PublishRequest(Path sourceDirectory, Path outputDirectory, String baseName, List<String> formats,
            Map<String, String> settings, Path baseDirectory, Instant timestamp, BookDefaults defaults) {
        this(sourceDirectory, outputDirectory, baseName, formats, settings, baseDirectory, timestamp, defaults,
                Map.of());
    }
}
