package org.columnpress.render.pdf.internal;

import java.util.Objects;

/**
 * The geometry of a full-wrap cover, in PostScript points (1/72 in): one page of bleed + back + spine +
 * front + bleed, as a printer's cover calculator gives it for a trim, paper, binding and page count. The
 * printer profiles of core compute it; the cover stylesheet receives every length as a parameter.
 *
 * @param width       the whole page: 2 x bleed + back + spine + front
 * @param height      the whole page: trim height + 2 x bleed
 * @param bleed       beyond the trim on each of the four sides
 * @param backWidth   the back panel, trim to spine fold (usually the trim width)
 * @param spineWidth  fold to fold: page count x the paper's thickness
 * @param frontWidth  the front panel, spine fold to trim (the trim width)
 * @param safety      how far inside the trim (and the spine folds) text and the barcode stay on back and front
 * @param spineSafety how far inside each spine fold the spine's text stays
 * @param spineText   whether the printer allows text on the spine at this page count
 * @param barcode     where the ISBN barcode goes, or the area kept clear for the printer's own
 */
public record CoverLayout(double width, double height, double bleed, double backWidth, double spineWidth,
        double frontWidth, double safety, double spineSafety, boolean spineText, Barcode barcode) {

    /** A hundredth of a point: what the panels may miss the whole width by (rounding of the caller's figures). */
    private static final double TOLERANCE = 0.01;

    public CoverLayout {
        Objects.requireNonNull(barcode, "barcode");
        if (Math.abs(2 * bleed + backWidth + spineWidth + frontWidth - width) > TOLERANCE) {
            throw new IllegalArgumentException("the cover is " + width + "pt wide, but bleed, back, spine, front"
                    + " and bleed add up to " + (2 * bleed + backWidth + spineWidth + frontWidth) + "pt");
        }
        if (bleed < 0 || spineWidth < 0 || safety < 0 || spineSafety < 0 || height <= 2 * bleed
                || backWidth <= 0 || frontWidth <= 0) {
            throw new IllegalArgumentException("impossible cover geometry: " + this);
        }
    }

    /** The trim height: what the reader holds. */
    public double trimHeight() {
        return height - 2 * bleed;
    }

    /** Where the front panel starts, from the page's left edge (the spine fold on the front's side). */
    public double frontLeft() {
        return bleed + backWidth + spineWidth;
    }

    /**
     * The barcode's box on the back panel, measured from the back's trim at the bottom and from the spine
     * fold at the right: the printer's own barcode goes there ({@link Mode#KEEP_CLEAR}), or ours
     * ({@link Mode#PRINT}, on a white box of this size, the symbol centred in it).
     *
     * @param mode       who prints the barcode
     * @param width      the box's width
     * @param height     the box's height
     * @param fromSpine  the box's right edge from the spine fold
     * @param fromBottom the box's bottom edge from the bottom trim
     * @param addOn      whether our barcode carries the EAN-5 price add-on
     */
    public record Barcode(Mode mode, double width, double height, double fromSpine, double fromBottom,
            boolean addOn) {

        public Barcode {
            Objects.requireNonNull(mode, "mode");
            if (width < 0 || height < 0 || fromSpine < 0 || fromBottom < 0) {
                throw new IllegalArgumentException("impossible barcode box: " + this);
            }
        }

        /** No barcode and no area kept for one (a book without an ISBN, for a printer who needs none). */
        public static Barcode none() {
            return new Barcode(Mode.NONE, 0, 0, 0, 0, false);
        }
    }

    /** Who prints the barcode. */
    public enum Mode {
        /** Nobody: no area is kept. */
        NONE,
        /** The printer prints its own (KDP), on a white box of its own: nothing of ours goes in the box. */
        KEEP_CLEAR,
        /** We print the ISBN's EAN-13 (and the add-on when asked), in black ink only, on a white box. */
        PRINT
    }
}
