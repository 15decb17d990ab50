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

    /**
     * The name users write: {@code kdp}, {@code ingramspark}, {@code lulu}, {@code offset}.
     *
     * @return lower case, unique among the printers
     */
    String name();

    /**
     * For the log and the preflight report: {@code Amazon KDP}.
     *
     * @return the printer's name as it writes it
     */
    String displayName();

    /**
     * The bindings the printer offers.
     *
     * @return at least one
     */
    Set<Binding> bindings();

    /**
     * The papers the printer offers for a binding.
     *
     * @param binding one of {@link #bindings()}
     * @return the papers, as the printer's order form offers them
     */
    Set<Paper> papers(Binding binding);

    /**
     * The trim sizes offered; empty when any trim is (a print shop cuts what it is asked).
     *
     * @param binding one of {@link #bindings()}
     * @return the trims, as the printer lists them
     */
    List<Trim> trims(Binding binding);

    /**
     * The fewest and most interior pages the printer binds in this combination.
     *
     * @param trim    the trim size
     * @param paper   the paper
     * @param binding the binding
     * @return the limits
     */
    PageLimits pageLimits(Trim trim, Paper paper, Binding binding);

    /**
     * What the printer asks of the page count beyond its limits (an even count, say).
     *
     * @return the rule
     */
    PageCountRule pageCountRule();

    /**
     * Bleed of the interior pages, by edge; zero on an edge the printer wants without.
     *
     * @return the bleed; all zero for an interior without bleed
     */
    Edges interiorBleed();

    /**
     * The least inside margin (gutter) for a book of {@code pages} pages.
     *
     * @param pages the interior's page count
     * @return the gutter; thicker books need more
     */
    Length gutter(int pages);

    /**
     * The least margin on the other three edges, measured from the trim.
     *
     * @return the margin
     */
    Length minMargin();

    /**
     * Crop marks outside the bleed (a print shop wants them; print-on-demand refuses them).
     *
     * @return whether the interior gets crop marks
     */
    boolean cropMarks();

    /**
     * The interior's PDF standard.
     *
     * @return the standard the interior PDF must meet
     */
    PdfStandard pdf();

    /**
     * Whether the interior may have links, bookmarks and other annotations.
     *
     * @return false for a printer that refuses them
     */
    boolean annotations();

    /**
     * The spine's width for this page count.
     *
     * @param pages   the interior's page count
     * @param paper   the paper, whose thickness counts
     * @param binding the binding
     * @return the width, by the printer's own formula
     */
    Length spineWidth(int pages, Paper paper, Binding binding);

    /**
     * The fewest pages for which the printer prints text on the spine.
     *
     * @return a page count
     */
    int spineTextMinPages();

    /**
     * Space to keep free of text on each side of the spine, inside the folds.
     *
     * @return the margin on each side
     */
    Length spineMargin();

    /**
     * Bleed around the whole cover (for a case-bound cover: the wrap around the boards).
     *
     * @param binding the binding
     * @return the bleed on each edge
     */
    Length coverBleed(Binding binding);

    /**
     * Space to keep free of text inside the cover's trim.
     *
     * @return the margin from the trim
     */
    Length coverSafety();

    /**
     * Where the ISBN barcode goes on the back cover, and who prints it.
     *
     * @return the barcode's box
     */
    Barcode barcode();
}
