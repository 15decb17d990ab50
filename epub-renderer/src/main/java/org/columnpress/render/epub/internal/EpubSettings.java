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
 * @param imageMaxPixels the most pixels (width x height) an image keeps in the EPUB; larger PNGs and JPEGs
 *                   are downsampled to it
 */
public record EpubSettings(Optional<String> css, Optional<String> extraCss, boolean embedFonts, long imageMaxPixels) {

    /** The keys users may set, without the {@code epub.} prefix. */
    public static final Set<String> KEYS = Set.of("css", "extra-css", "embed-fonts", "image-max-pixels");

    /**
     * One million pixels: a column's picture in a reflowable EPUB is shown at most as wide as the text,
     * and the e-readers most books are read on are 1072 to 1264 pixels wide (Kobo Clara, Kindle
     * Paperwhite), which a 16:10 photo of one million pixels (1265 x 790) fills. It keeps a blog of a few
     * hundred photos under the stores' upload limits (Kobo takes 100 MB; a 230-photo book comes to 25 MB
     * instead of 55 MB). Apple Books' ceiling is 4 million (its asset guide refuses more than 5.6 million):
     * set {@code epub.image-max-pixels=4000000} for an edition read mostly on large tablets.
     */
    public static final long DEFAULT_IMAGE_MAX_PIXELS = 1_000_000;

    public static EpubSettings from(RenderOptions options) {
        options.requireKnown("epub", KEYS);
        return new EpubSettings(
                options.path("css").map(EpubSettings::read),
                options.path("extra-css").map(EpubSettings::read),
                options.flag("embed-fonts", false),
                imageMaxPixels(options.get("image-max-pixels").orElse(Long.toString(DEFAULT_IMAGE_MAX_PIXELS))));
    }

    private static long imageMaxPixels(String value) {
        try {
            long pixels = Long.parseLong(value.trim().replace("_", ""));
            if (pixels >= 10_000) {
                return pixels;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new ColumnpressException("Setting 'epub.image-max-pixels' must be a number of pixels (width x height)"
                + " of at least 10000, such as 4000000, not '" + value + "'.");
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
