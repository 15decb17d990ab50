package org.columnpress.core.print;

/**
 * The full-wrap cover's measurements for one interior: bleed, back, spine, front, bleed, left to right,
 * as the printers' cover calculators give them.
 *
 * @param bleed      around the whole cover
 * @param panel      the back and the front: the trim
 * @param spine      pages x the paper's thickness (the printer's own formula)
 * @param spineText  whether the printer prints text on a spine this thin
 * @param pages      the interior's page count
 * @param spineMargin space to keep free of text on each side of the spine
 * @param safety     space to keep free of text inside the trim
 * @param barcode    where the ISBN barcode goes on the back
 */
public record CoverGeometry(Length bleed, Trim panel, Length spine, boolean spineText, int pages,
        Length spineMargin, Length safety, Barcode barcode) {

    static CoverGeometry of(PrintEdition edition, int pages) {
        PrinterProfile printer = edition.printer();
        return new CoverGeometry(printer.coverBleed(edition.binding()), edition.trim(),
                printer.spineWidth(pages, edition.paper(), edition.binding()),
                pages >= printer.spineTextMinPages(), pages, printer.spineMargin(), printer.coverSafety(),
                printer.barcode());
    }

    /**
     * The whole sheet: bleed + back + spine + front + bleed.
     *
     * @return the sheet's width
     */
    public Length width() {
        return bleed.times(2).plus(panel.width().times(2)).plus(spine);
    }

    /**
     * The whole sheet's height: the trim with bleed above and below.
     *
     * @return the sheet's height
     */
    public Length height() {
        return bleed.times(2).plus(panel.height());
    }

    /**
     * Where the spine begins, from the sheet's left edge (the back's bleed and the back).
     *
     * @return the distance from the left edge
     */
    public Length spineLeft() {
        return bleed.plus(panel.width());
    }
}
