package org.columnpress.render.pdf.internal;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.model.Book;

/**
 * The spine's font size: as large as fits between the spine's safety margins (the spine's width) and along
 * its length (title, an em space or two, authors, inside the safe zone), at most {@value #MAX} pt. Measured
 * in Literata Bold, the face {@code cover.xsl} sets the title in, with a little room to spare.
 */
final class SpineText {

    static final double MAX = 16;
    /** Smaller than this, spine text cannot be read on a shelf: it is left out. */
    static final double MIN = 6;
    /** The line's height in ems that must fit across the spine: Literata's ascender plus descender, rounded up. */
    private static final double ACROSS = 1.3;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private SpineText() {
    }

    /** The house face the spine's title is set in: Literata Bold, as {@link FontSetup} registers it. */
    static Font face(FontSetup fonts) {
        FontSetup.Triplet bold = new FontSetup.Triplet(FontSetup.HOUSE_FAMILY, "normal", 700);
        return fonts.fonts().stream().filter(font -> font.triplets().contains(bold)).findFirst()
                .map(FontSetup.Registered::awtFont)
                .orElseThrow(() -> new ColumnpressException("No " + bold + " among the fonts: cannot fit the spine."));
    }

    static double fontSize(Book book, CoverLayout layout, Font bold) {
        double across = (layout.spineWidth() - 2 * layout.spineSafety()) / ACROSS;
        String line = book.title() + "\u2003\u2003" + book.labels().joinNames(book.authors());
        double emsAlong = bold.deriveFont(1f).getStringBounds(line, CONTEXT).getWidth() * 1.05;
        double along = (layout.trimHeight() - 2 * layout.safety() - 36) / emsAlong;
        return Math.max(0, Math.min(MAX, Math.min(across, along)));
    }
}
