package org.columnpress.core.print;

import java.util.List;
import java.util.Set;

/**
 * Lulu paperbacks. Sources (Lulu Help, read 2026-11):
 * <ul>
 * <li>[bleed] "What is bleed?", https://help.lulu.com/en/support/solutions/articles/64000255584
 *     (0.125 in on every side; 0.5 in safety margin);
 * <li>[tips] "Tips for formatting documents", https://help.lulu.com/en/support/solutions/articles/64000255583
 *     (no crop marks; margins and gutter);
 * <li>[spine] "How is spine width calculated?", https://help.api.lulu.com/en/support/solutions/articles/64000254616
 *     (paperback spine = pages / 444 + 0.06 in; page limits);
 * <li>[faq] "Interior formatting FAQ", https://help.lulu.com/en/support/solutions/articles/64000255590
 *     (sRGB colour workflow: Lulu converts CMYK).
 * </ul>
 */
final class Lulu implements PrinterProfile {

    /** Lulu's book sizes ("Choosing the right book size", https://blog.lulu.com/choosing-the-right-book-size/). */
    private static final List<Trim> TRIMS = List.of(Trim.inches(4.25, 6.87), Trim.inches(5, 8), Trim.inches(5.5, 8.5),
            Trim.mm("A5", 148, 210), Trim.inches(6, 9), Trim.inches(6.14, 9.21), Trim.inches(6.625, 10.25),
            Trim.inches(7, 10), Trim.inches(7.44, 9.68), Trim.inches(8.5, 8.5), Trim.inches(8.5, 11),
            Trim.mm("A4", 210, 297), Trim.inches(9, 7), Trim.inches(11, 8.5));

    @Override
    public String name() {
        return "lulu";
    }

    @Override
    public String displayName() {
        return "Lulu";
    }

    @Override
    public Set<Binding> bindings() {
        return Set.of(Binding.PAPERBACK);
    }

    /** Black and white on white or cream paper, or colour. */
    @Override
    public Set<Paper> papers(Binding binding) {
        return Set.of(Paper.WHITE, Paper.CREAM, Paper.COLOUR);
    }

    @Override
    public List<Trim> trims(Binding binding) {
        return TRIMS;
    }

    /** [spine] A perfect-bound paperback has 32 to 800 pages. */
    @Override
    public PageLimits pageLimits(Trim trim, Paper paper, Binding binding) {
        return new PageLimits(32, 800);
    }

    @Override
    public PageCountRule pageCountRule() {
        return PageCountRule.EVEN;
    }

    /** [bleed] "0.125 in (3.175 mm) on every side": the page is trim + 0.25 in both ways. */
    @Override
    public Edges interiorBleed() {
        return Edges.all(Length.inches(0.125));
    }

    /**
     * [tips] The 0.5 in safety margin plus Lulu's gutter addition for thicker books: none to 60 pages,
     * 0.125 in to 150, 0.5 in to 400, 0.625 in to 600, 0.75 in beyond.
     */
    @Override
    public Length gutter(int pages) {
        double addition = pages <= 60 ? 0 : pages <= 150 ? 0.125 : pages <= 400 ? 0.5 : pages <= 600 ? 0.625 : 0.75;
        return Length.inches(0.5 + addition);
    }

    /** [bleed] Text 0.5 in (12.7 mm) inside the trim. */
    @Override
    public Length minMargin() {
        return Length.inches(0.5);
    }

    /** [tips] No crop or registration marks. */
    @Override
    public boolean cropMarks() {
        return false;
    }

    /** [faq] Lulu prints from sRGB and converts CMYK: a PDF/A-2b file in sRGB suits it better than PDF/X. */
    @Override
    public PdfStandard pdf() {
        return PdfStandard.PDF_A_2B;
    }

    @Override
    public boolean annotations() {
        return false;
    }

    /** [spine] Paperback spine = pages / 444 + 0.06 in. */
    @Override
    public Length spineWidth(int pages, Paper paper, Binding binding) {
        return Length.inches(pages / 444.0 + 0.06);
    }

    /**
     * Lulu's pages disagree: its Book Creation Guide allows no spine text at 80 pages or fewer, a help page
     * allows it "with as few as 80". More than 80 satisfies both.
     */
    @Override
    public int spineTextMinPages() {
        return 81;
    }

    /** Spine text clear of each fold by 0.0625 in, as Lulu's cover template shows. */
    @Override
    public Length spineMargin() {
        return Length.inches(0.0625);
    }

    /** 0.125 in around a paperback cover. */
    @Override
    public Length coverBleed(Binding binding) {
        return Length.inches(0.125);
    }

    /** Lulu's cover template: text 0.25 in inside the trim. */
    @Override
    public Length coverSafety() {
        return Length.inches(0.25);
    }

    /**
     * Lulu places the barcode of the ISBN it is given on the back cover itself; the box at the bottom
     * right of the back stays clear (Lulu's "space for ISBN": 3.625 x 1.25 in).
     */
    @Override
    public Barcode barcode() {
        return new Barcode(false, Length.inches(3.625), Length.inches(1.25), Length.inches(0.375),
                Length.inches(0.375), false);
    }
}
