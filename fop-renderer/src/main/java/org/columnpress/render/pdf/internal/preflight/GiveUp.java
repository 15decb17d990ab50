package org.columnpress.render.pdf.internal.preflight;

/**
 * Thrown, without a stack trace, when {@link QuickScan} meets content it does not read: the page goes to
 * PDFBox's engine ({@link PageScan}) instead. Never seen outside this package.
 */
final class GiveUp extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The one instance: no state, no trace, so throwing it costs nothing. */
    static final GiveUp PAGE = new GiveUp();

    private GiveUp() {
        super("content QuickScan does not read", null, false, false);
    }
}
