package org.columnpress.render.web.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The one rule for which files of a site folder are its pages and style sheets, in a stable order. */
final class SiteFiles {

    private SiteFiles() {
    }

    static List<Path> pages(Path site) {
        return files(site, SiteFiles::isHtml);
    }

    static List<Path> styleSheets(Path site) {
        return files(site, file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".css"));
    }

    private static List<Path> files(Path site, Predicate<Path> kind) {
        if (!Files.isDirectory(site)) {
            throw new IllegalArgumentException("not a site folder: " + site);
        }
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(Files::isRegularFile).filter(kind).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + site, e);
        }
    }

    static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    /** The path a report shows: relative to the site when the file is inside it. */
    static Path shown(Path site, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = site.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute) : absolute;
    }
}
