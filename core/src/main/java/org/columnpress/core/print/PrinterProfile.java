package org.columnpress.core.print;

import java.util.List;
import java.util.Set;

/**
 * One printer's published rules for the interior and the cover of a print book. Each implementation
 * cites, next to every figure, the printer's page it comes from: when a printer changes a rule, that
 * is the one place to change.
 */
public interface PrinterProfile {

    /**
     * What every printer here asks of an image at its printed size: 300 pixels per inch (KDP's formatting
     * guide, IngramSpark's file requirements, Lulu's interior FAQ; print shops alike).
     */
    int MIN_IMAGE_PPI = 300;

    /** The name users write: {@code kdp}, {@code ingramspark}, {@code lulu}, {@code offset}. */
    String name();

    /** For the log and the preflight report: {@code Amazon KDP}. */
    String displayName();

    Set<Binding> bindings();

    Set<Paper> papers(Binding binding);

    /** The trim sizes offered; empty when any trim is (a print shop cuts what it is asked). */
    List<Trim> trims(Binding binding);

    PageLimits pageLimits(Trim trim, Paper paper, Binding binding);

    PageCountRule pageCountRule();

    /** Bleed of the interior pages, by edge; zero on an edge the printer wants without. */
    Edges interiorBleed();

    /** The least inside margin (gutter) for a book of {@code pages} pages. */
    Length gutter(int pages);

    /** The least margin on the other three edges, measured from the trim. */
    Length minMargin();

    /** Crop marks outside the bleed (a print shop wants them; print-on-demand refuses them). */
    boolean cropMarks();

    /** The interior's PDF standard. */
    PdfStandard pdf();

    /** Whether the interior may have links, bookmarks and other annotations. */
    boolean annotations();

    /** The spine's width for this page count. */
    Length spineWidth(int pages, Paper paper, Binding binding);

    /** The fewest pages for which the printer prints text on the spine. */
    int spineTextMinPages();

    /** Space to keep free of text on each side of the spine, inside the folds. */
    Length spineMargin();

    /** Bleed around the whole cover (for a case-bound cover: the wrap around the boards). */
    Length coverBleed(Binding binding);

    /** Space to keep free of text inside the cover's trim. */
    Length coverSafety();

    Barcode barcode();
}
