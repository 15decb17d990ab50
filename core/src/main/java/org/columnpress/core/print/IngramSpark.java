package org.columnpress.core.print;

import java.util.List;
import java.util.Set;

/**
 * IngramSpark (Lightning Source) paperbacks. Sources (read 2026-11):
 * <ul>
 * <li>[files] "File Requirements for Print Books", https://www.ingramspark.com/blog/file-requirements-for-print-books
 *     (single pages, no printer marks, fonts embedded, 0.5 in margins, the last page blank);
 * <li>[tips] "Manufacturing and File Setup Tips", https://help.ingramspark.com/hc/en-us/articles/5338636202637
 *     (1/16 in trim tolerance, cover safety 0.25 in);
 * <li>[problems] "File Problems that Cause Printing Problems", https://help.ingramspark.com/hc/en-us/articles/6443532453901
 *     (PDF/X, black text without ICC-made rich black);
 * <li>[barcode] "Barcode is not Formatted Correctly", https://help.ingramspark.com/hc/en-us/articles/209072886
 *     (a barcode on every cover, 100% black on white);
 * <li>[availability] https://www.ingramspark.com/blog/ingramspark-title-availability (bleed 0.125 in).
 * </ul>
 * Figures marked (3rd) come from others' summaries of Ingram's File Creation Guide, which is not public
 * in a form we could read; the preflight report names them as such.
 */
final class IngramSpark implements PrinterProfile {

    private static final PrinterProfile KDP_PAPER = new Kdp();

    /** The common trims of the File Creation Guide (3rd: 41 sizes in all; these are the book trade's). */
    private static final List<Trim> TRIMS = List.of(Trim.inches(5, 8), Trim.inches(5.06, 7.81),
            Trim.inches(5.25, 8), Trim.inches(5.5, 8.5), Trim.inches(5.83, 8.27), Trim.inches(6, 9),
            Trim.inches(6.14, 9.21), Trim.inches(6.69, 9.61), Trim.inches(7, 10), Trim.inches(7.44, 9.69),
            Trim.inches(7.5, 9.25), Trim.inches(8, 10), Trim.inches(8.25, 11), Trim.inches(8.5, 8.5),
            Trim.inches(8.5, 11));

    @Override
    public String name() {
        return "ingramspark";
    }

    @Override
    public String displayName() {
        return "IngramSpark";
    }

    @Override
    public Set<Binding> bindings() {
        return Set.of(Binding.PAPERBACK);
    }

    /** 50 lb white or creme for black ink; 70 lb white for colour. */
    @Override
    public Set<Paper> papers(Binding binding) {
        return Set.of(Paper.WHITE, Paper.CREAM, Paper.COLOUR);
    }

    @Override
    public List<Trim> trims(Binding binding) {
        return TRIMS;
    }

    /** (3rd) 18 to 1,200 pages for a perfect-bound paperback (premium colour 840); we keep 24 as the least. */
    @Override
    public PageLimits pageLimits(Trim trim, Paper paper, Binding binding) {
        return new PageLimits(24, paper == Paper.COLOUR ? 840 : 1200);
    }

    /** [files] "the last page of your file must be blank ... we will add one". */
    @Override
    public PageCountRule pageCountRule() {
        return PageCountRule.EVEN_BLANK_LAST;
    }

    /** [availability] 0.125 in, on the top, bottom and outside edges: "do not add bleed to the bind (gutter) edge". */
    @Override
    public Edges interiorBleed() {
        return Edges.exceptInside(Length.inches(0.125));
    }

    /** (3rd) Inside margin: to 150 pages 0.5 in, to 400 0.625, to 600 0.75, more 0.875. */
    @Override
    public Length gutter(int pages) {
        if (pages <= 150) {
            return Length.inches(0.5);
        }
        if (pages <= 400) {
            return Length.inches(0.625);
        }
        if (pages <= 600) {
            return Length.inches(0.75);
        }
        return Length.inches(0.875);
    }

    /** [files] "at least 0.5 in (13 mm) from the trim on all sides", page numbers included. */
    @Override
    public Length minMargin() {
        return Length.inches(0.5);
    }

    /** [files] "no crop marks, registration marks or printer marks". */
    @Override
    public boolean cropMarks() {
        return false;
    }

    /**
     * [problems] Ingram names PDF/X-1a:2001 as the setting to use, and its specification (quoted by others)
     * "PDF/X-1a:2001 or PDF/X-3:2002"; we found no word that it takes PDF/X-4, the only version FOP writes
     * besides X-3:2003. So no PDF/X marker and no output intent (Ingram warns that ICC profiles make black
     * text light): the file keeps what X-1a asks for (text and rules in pure black ink, fonts embedded, no
     * transparency in our pages).
     */
    @Override
    public PdfStandard pdf() {
        return PdfStandard.NONE;
    }

    @Override
    public boolean annotations() {
        return false;
    }

    /**
     * (3rd) Ingram publishes no paper thickness (its cover template generator computes the spine); others who
     * measured its templates find KDP's figures "within a hair": we use KDP's.
     */
    @Override
    public Length spineWidth(int pages, Paper paper, Binding binding) {
        return KDP_PAPER.spineWidth(pages, paper, binding);
    }

    /** (3rd) Ingram's cover template puts spine text on books of 48 pages and more. */
    @Override
    public int spineTextMinPages() {
        return 48;
    }

    /** [tips] The spine may shift 1/16 in (0.0625 in) either way. */
    @Override
    public Length spineMargin() {
        return Length.inches(0.0625);
    }

    /** [availability] 0.125 in on all four sides of a paperback cover. */
    @Override
    public Length coverBleed(Binding binding) {
        return Length.inches(0.125);
    }

    /** [tips] Text at least 0.25 in from the trim. */
    @Override
    public Length coverSafety() {
        return Length.inches(0.25);
    }

    /**
     * [barcode] Ours to print, 100% black on a white box, with the price add-on Ingram's US retail
     * partners read; placed bottom right of the back, clear of the safety margin.
     */
    @Override
    public Barcode barcode() {
        return new Barcode(true, Length.inches(2), Length.inches(1.2), Length.inches(0.375),
                Length.inches(0.375), true);
    }
}
