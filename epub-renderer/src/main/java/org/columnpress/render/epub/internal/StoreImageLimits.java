package org.columnpress.render.epub.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;

/**
 * Warns about an image the EPUB carries that a store refuses: Kindle takes at most 5 MB per image. Amazon's
 * Kindle Publishing Guidelines set that limit in version 2014.1, for every book type, in place of the
 * 127 KB (or, by book type, larger) limits before (as reported from the guidelines' revision notes in
 * "Image Size Limit Increased in Kindle eBooks", http://authoradventures.blogspot.com/2014/02/, 2014-02-23;
 * KDP's own page, "Image Guidelines - Reflowable", https://kdp.amazon.com/en_US/help/topic/G75V4YX5X8GRGXWV,
 * asks for 300 ppi at the intended display size). We count 5 MB as 5,000,000 bytes, the stricter reading.
 * With the default {@code epub.image-max-pixels} a JPEG stays far below it; a large PNG or GIF, or a raised
 * pixel limit, may not.
 */
final class StoreImageLimits {

    static final long KINDLE_MAX_BYTES = 5_000_000L;

    private StoreImageLimits() {
    }

    /**
     * @param original the image as the book refers to it, named in the warning
     * @param carried  the file the EPUB carries for it (a prepared copy, or the original)
     */
    static void check(Path original, Path carried, Reporter reporter) {
        long size;
        try {
            size = Files.size(carried);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (size > KINDLE_MAX_BYTES) {
            reporter.warn(new Warning("images over Kindle's 5 MB per image", original, 0, String.format(Locale.ROOT,
                    "is %.1f MB in the EPUB; Kindle (KDP) takes at most 5 MB per image. Lower "
                    + "epub.image-max-pixels (<epubImageMaxPixels>), or save the picture smaller: a photograph "
                    + "as JPEG.", size / 1e6)));
        }
    }
}
