package org.columnpress.render.pdf.internal;

import java.awt.Dimension;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;
import org.columnpress.core.print.PrinterProfile;
import org.columnpress.core.render.ImagePixels;

/**
 * The front image of a cover: its size in pixels, read from its header only, and a warning when it
 * prints under {@value #MIN_PPI} pixels per inch once scaled to cover the front panel and its bleed.
 */
final class CoverImages {

    /** What printers ask of a cover image at its printed size. */
    static final int MIN_PPI = PrinterProfile.MIN_IMAGE_PPI;

    private CoverImages() {
    }

    /** The image with its pixel size, or empty (the front is typographic) when its header cannot be read. */
    static Optional<CoverXmlWriter.FrontImage> front(Path file, CoverLayout layout, Reporter reporter) {
        Optional<Dimension> pixels = ImagePixels.of(file);
        if (pixels.isEmpty()) {
            reporter.warn(new Warning("cover images that cannot be read", file, 0, "the cover image cannot be"
                    + " read as PNG or JPEG: the printed cover gets a typographic front instead."));
            return Optional.empty();
        }
        int[] size = {pixels.get().width, pixels.get().height};
        double ppi = ppi(size[0], size[1], layout);
        if (ppi < MIN_PPI) {
            reporter.warn(new Warning("cover images under " + MIN_PPI + " ppi", file, 0, String.format(Locale.ROOT,
                    "the cover image (%d x %d pixels) prints at %.0f ppi on the front of the printed cover (%.2f x"
                            + " %.2f in with bleed); printers ask for %d. Use an image of at least %d x %d pixels.",
                    size[0], size[1], ppi, (layout.frontWidth() + layout.bleed()) / 72, layout.height() / 72,
                    MIN_PPI, (int) Math.ceil(size[0] * MIN_PPI / ppi), (int) Math.ceil(size[1] * MIN_PPI / ppi))));
        }
        return Optional.of(new CoverXmlWriter.FrontImage(file, size[0], size[1]));
    }

    /**
     * Pixels per inch of an image scaled, aspect kept, to cover the front panel and its bleed on top, bottom
     * and outer edge (as {@code cover.xsl} places it).
     */
    static double ppi(int width, int height, CoverLayout layout) {
        double boxWidth = layout.frontWidth() + layout.bleed();
        double pointsPerPixel = Math.max(boxWidth / width, layout.height() / height);
        return 72 / pointsPerPixel;
    }
}
