package org.columnpress.render.epub.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.InputException;
import org.columnpress.core.render.RenderOptions;

/**
 * The {@code epub.*} settings, read and checked once per build.
 *
 * @param css        a style sheet that replaces the default one
 * @param extraCss   a style sheet appended after the default (or replacing) one
 * @param embedFonts whether the house fonts (Literata) go into the EPUB
 */
public record EpubSettings(Optional<String> css, Optional<String> extraCss, boolean embedFonts) {

    /** The keys users may set, without the {@code epub.} prefix. */
    public static final Set<String> KEYS = Set.of("css", "extra-css", "embed-fonts");

    public static EpubSettings from(RenderOptions options) {
        options.requireKnown("epub", KEYS);
        return new EpubSettings(
                options.path("css").map(EpubSettings::read),
                options.path("extra-css").map(EpubSettings::read),
                options.flag("embed-fonts", false));
    }

    private static String read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, 0, "the style sheet does not exist. "
                    + "Correct the epub.css or epub.extra-css setting.");
        }
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ColumnpressException("Could not read style sheet " + file + ": " + e.getMessage(), e);
        }
    }
}
