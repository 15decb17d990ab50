package org.columnpress.render.pdf.internal.preflight;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one printer asks of a print interior and its cover, as plain values; lengths in PostScript points
 * (1/72 in). The lead maps core's printer profiles onto this record; the figures and their sources live
 * there, not here.
 *
 * @param name the edition as the log names it, such as {@code KDP 6x9in paperback, cream}
 * @param trimWidth width of the trimmed page
 * @param trimHeight height of the trimmed page
 * @param bleed bleed beyond the trim on each edge of a page, inside and outside mirrored on verso pages
 * @param minPages fewest pages the printer accepts
 * @param maxPages most pages the printer accepts
 * @param evenPageCount whether the page count must be even
 * @param lastPageBlank whether the last page must carry no text and no image
 * @param gutter the minimum inside margin by page count, steps in ascending order of {@code upToPages}
 * @param margins minimum outside, top and bottom margins of the text, from the trim
 * @param pdfx the PDF/X version required ({@code PDF/X-4}), or empty when the printer does not ask for it
 * @param annotationsForbidden whether links, comments and form fields must be absent
 * @param minImagePpi effective resolution under which an image draws a warning
 * @param printerMarksAllowed whether the media box may be larger than the bleed box (crop marks)
 * @param cover the cover's rules, or empty when no cover is checked
 * @param rgbTextAllowed whether text may be in RGB: colour pages for a printer that converts sRGB itself
 *        (KDP, Lulu); on black-ink paper and under PDF/X text must be DeviceGray or DeviceCMYK
 */
public record PreflightRules(String name, double trimWidth, double trimHeight, Bleed bleed, int minPages,
        int maxPages, boolean evenPageCount, boolean lastPageBlank, List<GutterStep> gutter, Margins margins,
        Optional<String> pdfx, boolean annotationsForbidden, double minImagePpi, boolean printerMarksAllowed,
        Optional<CoverRules> cover, boolean rgbTextAllowed) {

    public PreflightRules {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bleed, "bleed");
        Objects.requireNonNull(margins, "margins");
        Objects.requireNonNull(pdfx, "pdfx");
        Objects.requireNonNull(cover, "cover");
        gutter = List.copyOf(gutter);
        if (gutter.isEmpty()) {
            throw new IllegalArgumentException("The gutter table needs at least one step");
        }
        for (int i = 1; i < gutter.size(); i++) {
            if (gutter.get(i).upToPages() <= gutter.get(i - 1).upToPages()) {
                throw new IllegalArgumentException("Gutter steps must ascend in upToPages: " + gutter);
            }
        }
        if (minPages > maxPages) {
            throw new IllegalArgumentException("minPages " + minPages + " > maxPages " + maxPages);
        }
    }

    /**
     * The minimum inside margin for a book of {@code pages} pages: the first step that holds it, or the
     * last step beyond the table (the page-count check reports that).
     */
    public double gutterFor(int pages) {
        for (GutterStep step : gutter) {
            if (pages <= step.upToPages()) {
                return step.inside();
            }
        }
        return gutter.get(gutter.size() - 1).inside();
    }

    /** Bleed on each edge of a page; inside and outside swap sides between recto and verso. */
    public record Bleed(double top, double bottom, double outside, double inside) {
        public static final Bleed NONE = new Bleed(0, 0, 0, 0);

        /** The same bleed on every edge (offset printing). */
        public static Bleed all(double bleed) {
            return new Bleed(bleed, bleed, bleed, bleed);
        }

        boolean any() {
            return top > 0 || bottom > 0 || outside > 0 || inside > 0;
        }
    }

    /** Books of at most {@code upToPages} pages need at least {@code inside} of inside margin. */
    public record GutterStep(int upToPages, double inside) {
    }

    /** Minimum distances from the trim to any text, on the edges other than the inside one. */
    public record Margins(double outside, double top, double bottom) {
    }

    /** A rectangle; x and y from the lower left corner of the cover's trim box. */
    public record Area(double x, double y, double width, double height) {
    }

    /**
     * The full-wrap cover: back, spine and front on one page.
     *
     * @param width trimmed width (back + spine + front), without bleed
     * @param height trimmed height, without bleed
     * @param bleed bleed on every edge of the cover
     * @param spineLeft where the spine starts, from the trim box's left edge (the back panel's width)
     * @param spineRight where the spine ends, from the same edge
     * @param spineMargin distance any spine text must keep from both folds
     * @param spineTextAllowed whether the book is thick enough for text on the spine
     * @param isbn the 13-digit ISBN the barcode must decode to; empty when the printer prints its own
     *     barcode, and then {@code barcodeArea} must be empty
     * @param barcodeArea where the barcode is, or is left clear for the printer's
     */
    public record CoverRules(double width, double height, double bleed, double spineLeft, double spineRight,
            double spineMargin, boolean spineTextAllowed, Optional<String> isbn, Area barcodeArea) {

        public CoverRules {
            Objects.requireNonNull(isbn, "isbn");
            Objects.requireNonNull(barcodeArea, "barcodeArea");
            isbn = isbn.map(given -> org.columnpress.core.model.Isbn.thirteen(given)
                    .orElseThrow(() -> new IllegalArgumentException("Not an ISBN: '" + given + "'")));
        }
    }
}
