package org.columnpress.render.pdf.internal;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.model.Book;

/**
 * The spine's font size: as large as fits between the spine's safety margins (the spine's width) and along
 * its length (title, an em space or two, authors, inside the safe zone), at most {@value #MAX} pt. Measured
 * in Literata Bold, the face {@code cover.xsl} sets the title in, with a little room to spare.
 */
final class SpineText {

    static final double MAX = 16;
    /** Smaller than this, spine text is unreadable on a shelf (and KDP's own cover creator sets none): left out. */
    static final double MIN = 6;
    /** The line's height in ems that must fit across the spine: Literata's ascender plus descender, rounded up. */
    private static final double ACROSS = 1.3;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final Font BOLD = load("Literata-Bold.ttf");

    private SpineText() {
    }

    static double fontSize(Book book, CoverLayout layout) {
        double across = (layout.spineWidth() - 2 * layout.spineSafety()) / ACROSS;
        String line = book.title() + "\u2003\u2003" + book.labels().joinNames(book.authors());
        double emsAlong = BOLD.deriveFont(1f).getStringBounds(line, CONTEXT).getWidth() * 1.05;
        double along = (layout.trimHeight() - 2 * layout.safety() - 36) / emsAlong;
        return Math.max(0, Math.min(MAX, Math.min(across, along)));
    }

    private static Font load(String file) {
        try (InputStream in = SpineText.class.getClassLoader()
                .getResourceAsStream("org/columnpress/core/fonts/" + file)) {
            if (in == null) {
                throw new ColumnpressException("The house font " + file + " is missing from the class path.");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | java.awt.FontFormatException e) {
            throw new ColumnpressException("Cannot read the house font " + file + ": " + e, e);
        }
    }
}
