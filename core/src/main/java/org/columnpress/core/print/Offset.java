package org.columnpress.core.print;

import java.util.List;
import java.util.Set;

/**
 * A print shop's offset or digital press: what most shops ask in their data sheets (PDF/X-4, 3 mm bleed on
 * every side, crop marks outside the bleed, 300 ppi, text 5 mm inside the trim), with no list of trims or
 * page limits of its own. The spine width is an estimate for common 80-90 g/m2 book paper: ask the shop for
 * the figure for the paper you choose, and compare it with the preflight report's.
 */
final class Offset implements PrinterProfile {

    @Override
    public String name() {
        return "offset";
    }

    @Override
    public String displayName() {
        return "offset print shop";
    }

    @Override
    public Set<Binding> bindings() {
        return Set.of(Binding.PAPERBACK);
    }

    @Override
    public Set<Paper> papers(Binding binding) {
        return Set.of(Paper.WHITE, Paper.CREAM, Paper.COLOUR);
    }

    /** Any trim: a shop cuts what it is asked. */
    @Override
    public List<Trim> trims(Binding binding) {
        return List.of();
    }

    /** A perfect binding holds from about 32 pages; beyond 1,000 ask the shop. */
    @Override
    public PageLimits pageLimits(Trim trim, Paper paper, Binding binding) {
        return new PageLimits(32, 1000);
    }

    @Override
    public PageCountRule pageCountRule() {
        return PageCountRule.EVEN;
    }

    @Override
    public Edges interiorBleed() {
        return Edges.all(Length.mm(3));
    }

    /** No shop rule; 10 mm keeps text out of a perfect binding's fold up to the thickest books. */
    @Override
    public Length gutter(int pages) {
        return Length.mm(10);
    }

    @Override
    public Length minMargin() {
        return Length.mm(5);
    }

    @Override
    public boolean cropMarks() {
        return true;
    }

    @Override
    public PdfStandard pdf() {
        return PdfStandard.PDF_X_4;
    }

    @Override
    public boolean annotations() {
        return false;
    }

    /**
     * 80 g/m2 uncoated offset paper of volume 1.25 is 0.1 mm a leaf (0.05 mm a page); cream book paper of
     * volume 1.5, 0.06 mm a page; coated colour paper of volume 1.0, 0.045 mm a page.
     */
    @Override
    public Length spineWidth(int pages, Paper paper, Binding binding) {
        double perPage = switch (paper) {
            case WHITE -> 0.05;
            case CREAM -> 0.06;
            case COLOUR -> 0.045;
        };
        return Length.mm(pages * perPage);
    }

    /** From about 5 mm of spine, which 100 pages of such paper make. */
    @Override
    public int spineTextMinPages() {
        return 100;
    }

    @Override
    public Length spineMargin() {
        return Length.mm(1.5);
    }

    @Override
    public Length coverBleed(Binding binding) {
        return Length.mm(3);
    }

    @Override
    public Length coverSafety() {
        return Length.mm(5);
    }

    /** The EAN-13 of the ISBN, printed by us at 100% size in a 50 x 30 mm box. */
    @Override
    public Barcode barcode() {
        return new Barcode(true, Length.mm(50), Length.mm(30), Length.mm(10), Length.mm(10), false);
    }
}
