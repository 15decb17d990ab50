package org.columnpress.render.pdf.internal;

/**
 * Cover layouts for tests, computed as the printers' cover calculators do (see the lead's research notes,
 * section 5): KDP paperback 6 x 9 in, white paper, width = 2 x 6 + pages x 0.002252 + 2 x 0.125 in.
 */
final class CoverLayouts {

    static final double INCH = 72;
    /** KDP: 0.002252 in per page on white paper (KDP help "Paperback cover"; 3rd-party calculators agree). */
    static final double KDP_WHITE = 0.002252;

    private CoverLayouts() {
    }

    /** KDP paperback, 6 x 9 in, white paper: KDP prints the barcode, spine text from 79 pages. */
    static CoverLayout kdp6x9White(int pages) {
        double spine = pages * KDP_WHITE * INCH;
        double bleed = 0.125 * INCH;
        return new CoverLayout(2 * bleed + 12 * INCH + spine, 9.25 * INCH, bleed, 6 * INCH, spine, 6 * INCH,
                0.125 * INCH, 0.0625 * INCH, pages >= 79,
                new CoverLayout.Barcode(CoverLayout.Mode.KEEP_CLEAR, 2 * INCH, 1.2 * INCH, 0.25 * INCH, 0.25 * INCH,
                        false));
    }

    /** The same cover with our own barcode in the box, with or without the price add-on (IngramSpark's way). */
    static CoverLayout printedBarcode(int pages, boolean addOn) {
        CoverLayout kdp = kdp6x9White(pages);
        return new CoverLayout(kdp.width(), kdp.height(), kdp.bleed(), kdp.backWidth(), kdp.spineWidth(),
                kdp.frontWidth(), 0.25 * INCH, kdp.spineSafety(), kdp.spineText(),
                new CoverLayout.Barcode(CoverLayout.Mode.PRINT, 2 * INCH, 1.2 * INCH, 0.25 * INCH, 0.25 * INCH, addOn));
    }
}
