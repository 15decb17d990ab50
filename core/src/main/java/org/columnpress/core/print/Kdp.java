package org.columnpress.core.print;

import java.util.List;
import java.util.Set;

/**
 * Amazon KDP paperbacks. Sources (KDP Help, read 2026-11):
 * <ul>
 * <li>[trim] "Print Options", https://kdp.amazon.com/en_US/help/topic/G201834180 (trim sizes, paper, ink);
 * <li>[margins] "Set Trim Size, Bleed, and Margins", https://kdp.amazon.com/en_US/help/topic/GVBQ3CMEQW3W2VL6
 *     (bleed 0.125 in on top, bottom and outside; inside margin by page count; outside margins);
 * <li>[pdf] "Paperback and Hardcover Manuscript Formatting Guide", https://kdp.amazon.com/en_US/help/topic/G201857950
 *     (no crop marks, no annotations or bookmarks, fonts embedded, images 300 ppi);
 * <li>[cover] "Create a Paperback Cover", https://kdp.amazon.com/en_US/help/topic/G201953020 (bleed 0.125 in,
 *     spine width by paper, spine text from 79 pages, barcode printed by KDP).
 * </ul>
 * Figures marked [margins] and [trim] are KDP's tables as quoted, alike, by several others' guides: KDP's
 * pages show them in tables we could not read ourselves. Hardcover is not offered here: KDP's case-laminate
 * wrap, hinge and spine figures come only from its cover calculator, and published copies of them disagree;
 * Columnpress says so when asked for one.
 */
final class Kdp implements PrinterProfile {

    /** [trim] The standard paperback trims, black ink. */
    private static final List<Trim> TRIMS = List.of(Trim.inches(5, 8), Trim.inches(5.06, 7.81),
            Trim.inches(5.25, 8), Trim.inches(5.5, 8.5), Trim.inches(6, 9), Trim.inches(6.14, 9.21),
            Trim.inches(6.69, 9.61), Trim.inches(7, 10), Trim.inches(7.44, 9.69), Trim.inches(7.5, 9.25),
            Trim.inches(8, 10), Trim.inches(8.25, 6), Trim.inches(8.25, 8.25), Trim.inches(8.5, 8.5),
            Trim.inches(8.5, 11), Trim.inches(8.27, 11.69));

    @Override
    public String name() {
        return "kdp";
    }

    @Override
    public String displayName() {
        return "Amazon KDP";
    }

    @Override
    public Set<Binding> bindings() {
        return Set.of(Binding.PAPERBACK);
    }

    /** [trim] Black ink on white or cream; colour ink on white. */
    @Override
    public Set<Paper> papers(Binding binding) {
        return Set.of(Paper.WHITE, Paper.CREAM, Paper.COLOUR);
    }

    @Override
    public List<Trim> trims(Binding binding) {
        return TRIMS;
    }

    /**
     * [trim] 24 pages at least; at most 828 on white and 776 on cream, less on the largest trims
     * (800/750 for 8.25 in squares and 8.25x6, 590/550 for 8.5x8.5 and 8.5x11, 780/730 for A4); colour 828.
     */
    @Override
    public PageLimits pageLimits(Trim trim, Paper paper, Binding binding) {
        boolean cream = paper == Paper.CREAM;
        if (trim.sameSize(Trim.inches(8.5, 8.5)) || trim.sameSize(Trim.inches(8.5, 11))) {
            return new PageLimits(24, cream ? 550 : 590);
        }
        if (trim.sameSize(Trim.inches(8.25, 8.25)) || trim.sameSize(Trim.inches(8.25, 6))) {
            return new PageLimits(24, cream ? 750 : 800);
        }
        if (trim.sameSize(Trim.inches(8.27, 11.69))) {
            return new PageLimits(24, cream ? 730 : 780);
        }
        return new PageLimits(24, cream ? 776 : 828);
    }

    /**
     * [trim] KDP counts pages "rounding up to an even number if necessary": we add that blank page
     * ourselves, so the spine we compute is the one KDP computes.
     */
    @Override
    public PageCountRule pageCountRule() {
        return PageCountRule.EVEN;
    }

    /** [margins] "Bleed ... 0.125 in (3.2 mm) from the top, bottom and outside edge". */
    @Override
    public Edges interiorBleed() {
        return Edges.exceptInside(Length.inches(0.125));
    }

    /** [margins] Inside margin: 24-150 pages 0.375 in, to 300 0.5, to 500 0.625, to 700 0.75, to 828 0.875. */
    @Override
    public Length gutter(int pages) {
        if (pages <= 150) {
            return Length.inches(0.375);
        }
        if (pages <= 300) {
            return Length.inches(0.5);
        }
        if (pages <= 500) {
            return Length.inches(0.625);
        }
        if (pages <= 700) {
            return Length.inches(0.75);
        }
        return Length.inches(0.875);
    }

    /** [margins] Outside, top and bottom: at least 0.375 in with bleed (0.25 in without). */
    @Override
    public Length minMargin() {
        return Length.inches(0.375);
    }

    /** [pdf] "Remove any crop marks". */
    @Override
    public boolean cropMarks() {
        return false;
    }

    /** KDP asks for no PDF/X; the interior stays PDF/A-2b with black text in DeviceGray. */
    @Override
    public PdfStandard pdf() {
        return PdfStandard.PDF_A_2B;
    }

    /** [pdf] No comments, annotations or bookmarks in a print file. */
    @Override
    public boolean annotations() {
        return false;
    }

    /** [cover] Spine width = pages x 0.002252 in on white paper, 0.0025 in on cream, 0.002347 in in colour. */
    @Override
    public Length spineWidth(int pages, Paper paper, Binding binding) {
        double perPage = switch (paper) {
            case WHITE -> 0.002252;
            case CREAM -> 0.0025;
            case COLOUR -> 0.002347;
        };
        return Length.inches(pages * perPage);
    }

    /** [cover] "Books with 79 pages or more can have text on the spine." */
    @Override
    public int spineTextMinPages() {
        return 79;
    }

    /** [cover] Spine text 0.0625 in (1.6 mm) clear of each fold. */
    @Override
    public Length spineMargin() {
        return Length.inches(0.0625);
    }

    /** [cover] 0.125 in (3.2 mm) around the whole cover. */
    @Override
    public Length coverBleed(Binding binding) {
        return Length.inches(0.125);
    }

    /** [cover] Text and images that matter 0.125 in inside the trim; we keep 0.25 in, like Lulu and Ingram. */
    @Override
    public Length coverSafety() {
        return Length.inches(0.25);
    }

    /**
     * [cover] KDP prints the barcode itself, 2 x 1.2 in (suggested size) at the bottom right of the back,
     * at least 0.25 in from the spine and the trim.
     */
    @Override
    public Barcode barcode() {
        return new Barcode(false, Length.inches(2), Length.inches(1.2), Length.inches(0.25),
                Length.inches(0.25), false);
    }
}
