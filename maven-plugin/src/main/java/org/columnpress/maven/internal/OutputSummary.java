package org.columnpress.maven.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.columnpress.core.publish.PublishResult;
import org.columnpress.core.render.RenderedFile;

/** The log lines of a finished build: per format, the main file with its pages, size and time. */
public final class OutputSummary {

    private OutputSummary() {
    }

    public static List<String> lines(PublishResult result, Path baseDirectory) {
        List<String> lines = new ArrayList<>();
        for (PublishResult.Output output : result.outputs()) {
            List<RenderedFile> columns = new ArrayList<>();
            for (RenderedFile file : output.files()) {
                if (file.role() == RenderedFile.Role.BOOK) {
                    lines.add(String.format(Locale.ROOT, "Columnpress %s: %s (%s%s) in %s", output.format(),
                            relative(baseDirectory, file.path()),
                            file.pages() > 0 ? file.pages() + (file.pages() == 1 ? " page, " : " pages, ") : "",
                            size(file.path()), seconds(output.elapsed())));
                } else if (file.role().attached()) {
                    lines.add(String.format(Locale.ROOT, "Columnpress %s: %s (%s%s)", output.format(),
                            relative(baseDirectory, file.path()),
                            file.pages() > 0 ? file.pages() + (file.pages() == 1 ? " page, " : " pages, ") : "",
                            size(file.path())));
                } else if (file.role() == RenderedFile.Role.COLUMN) {
                    columns.add(file);
                } else {
                    lines.add(String.format(Locale.ROOT, "Columnpress %s: kept %s", output.format(),
                            relative(baseDirectory, file.path())));
                }
            }
            if (!columns.isEmpty()) {
                lines.add(String.format(Locale.ROOT, "Columnpress %s: %d column files in %s", output.format(),
                        columns.size(), relative(baseDirectory, columns.get(0).path().getParent())));
            }
        }
        return lines;
    }

    static String size(Path file) {
        try {
            long bytes = Files.size(file);
            if (bytes < 1024) {
                return bytes + " B";
            }
            return bytes < 1024 * 1024
                    ? String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0)
                    : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the size of " + file, e);
        }
    }

    static String seconds(Duration elapsed) {
        return String.format(Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0);
    }

    private static Path relative(Path base, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute) : absolute;
    }
}
