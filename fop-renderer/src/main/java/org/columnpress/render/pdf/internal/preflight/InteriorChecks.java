package org.columnpress.render.pdf.internal.preflight;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.columnpress.render.pdf.internal.preflight.Check.Status;
import org.columnpress.render.pdf.internal.preflight.PreflightRules.Bleed;
import org.columnpress.render.pdf.internal.preflight.ScannedPdf.Page;

/** The print interior's checks, in the order the report lists them. */
final class InteriorChecks {

    private final PreflightRules rules;
    private final ScannedPdf pdf;
    private final String file;

    private InteriorChecks(PreflightRules rules, ScannedPdf pdf) {
        this.rules = rules;
        this.pdf = pdf;
        this.file = pdf.file;
    }

    static List<Check> run(PreflightRules rules, ScannedPdf pdf) throws IOException {
        InteriorChecks c = new InteriorChecks(rules, pdf);
        List<Check> checks = new ArrayList<>();
        checks.add(c.trimBox());
        checks.add(c.bleedBox());
        checks.add(DocumentChecks.mediaBox(pdf, rules.printerMarksAllowed()));
        checks.add(c.pageCount());
        if (rules.evenPageCount()) {
            checks.add(c.evenPageCount());
        }
        if (rules.lastPageBlank()) {
            checks.add(c.lastPageBlank());
        }
        checks.addAll(c.margins());
        checks.add(DocumentChecks.fontsEmbedded(pdf));
        checks.add(DocumentChecks.imageResolution(pdf, rules.minImagePpi()));
        checks.add(c.textColour());
        checks.add(DocumentChecks.annotations(pdf, rules.annotationsForbidden()));
        if (rules.pdfx().isPresent()) {
            checks.add(DocumentChecks.outputIntent(pdf));
            checks.add(DocumentChecks.pdfxVersion(pdf, rules.pdfx().get()));
        }
        return checks;
    }

    private Check trimBox() {
        List<Integer> wrong = new ArrayList<>();
        List<Integer> unwritten = new ArrayList<>();
        for (Page page : pdf.pages) {
            if (!Lengths.same(page.trim().getWidth(), rules.trimWidth())
                    || !Lengths.same(page.trim().getHeight(), rules.trimHeight())) {
                wrong.add(page.number());
            }
            if (!page.trimBoxWritten()) {
                unwritten.add(page.number());
            }
        }
        // PDF/X wants the TrimBox written on every page; elsewhere a page without one is trimmed at its media box.
        boolean mustBeWritten = rules.pdfx().isPresent() || rules.bleed().any();
        Page shown = pdf.pages.get(wrong.isEmpty() ? 0 : wrong.get(0) - 1);
        String measured = Lengths.size(shown.trim().getWidth(), shown.trim().getHeight())
                + (wrong.isEmpty() ? ", every page" : " " + Lengths.onPages(wrong))
                + (mustBeWritten && !unwritten.isEmpty() ? "; no TrimBox " + Lengths.onPages(unwritten) : "");
        boolean ok = wrong.isEmpty() && (!mustBeWritten || unwritten.isEmpty());
        return Check.of(ok, Status.FAIL, file, "Trim box", measured,
                Lengths.size(rules.trimWidth(), rules.trimHeight()) + " (+/- 0.005)",
                "Set the trim size to " + Lengths.size(rules.trimWidth(), rules.trimHeight())
                        + " and write a TrimBox on every page.");
    }

    /** The bleed box extends the trim box by the bleed, outside and inside swapped on left-hand pages. */
    private Check bleedBox() {
        Bleed b = rules.bleed();
        List<Integer> wrong = new ArrayList<>();
        for (Page page : pdf.pages) {
            double[] edges = edges(page, page.bleed(), page.trim());
            if (!Lengths.same(edges[0], b.top()) || !Lengths.same(edges[1], b.bottom())
                    || !Lengths.same(edges[2], b.outside()) || !Lengths.same(edges[3], b.inside())) {
                wrong.add(page.number());
            }
        }
        Page shown = pdf.pages.get(wrong.isEmpty() ? 0 : wrong.get(0) - 1);
        double[] e = edges(shown, shown.bleed(), shown.trim());
        String measured = describe(e[0], e[1], e[2], e[3])
                + (wrong.isEmpty() ? ", every page" : " " + Lengths.onPages(wrong));
        return Check.of(wrong.isEmpty(), Status.FAIL, file, "Bleed box", measured,
                describe(b.top(), b.bottom(), b.outside(), b.inside()),
                "Set the bleed to " + describe(b.top(), b.bottom(), b.outside(), b.inside())
                        + ", mirrored on left-hand pages, and write the BleedBox.");
    }

    private static String describe(double top, double bottom, double outside, double inside) {
        return "top " + Lengths.inches(top) + ", bottom " + Lengths.inches(bottom) + ", outside "
                + Lengths.inches(outside) + ", inside " + Lengths.inches(inside) + " in";
    }

    /** How far {@code outer} reaches beyond {@code inner}: top, bottom, outside, inside. */
    private static double[] edges(Page page, PDRectangle outer, PDRectangle inner) {
        double left = inner.getLowerLeftX() - outer.getLowerLeftX();
        double right = outer.getUpperRightX() - inner.getUpperRightX();
        return new double[] {outer.getUpperRightY() - inner.getUpperRightY(),
            inner.getLowerLeftY() - outer.getLowerLeftY(), page.recto() ? right : left, page.recto() ? left : right};
    }

    private Check pageCount() {
        int n = pdf.pages.size();
        String limit = rules.minPages() + " to " + rules.maxPages();
        String advice = n < rules.minPages()
                ? "The printer needs at least " + rules.minPages() + " pages: add " + (rules.minPages() - n)
                        + " pages (more columns, or blank pages at the end), or choose another printer."
                : "The printer takes at most " + rules.maxPages() + " pages: cut " + (n - rules.maxPages())
                        + " pages (a smaller type size, or two volumes), or choose another paper or printer.";
        return Check.of(n >= rules.minPages() && n <= rules.maxPages(), Status.FAIL, file, "Page count",
                Lengths.plural(n, "page", "pages"), limit, advice);
    }

    private Check evenPageCount() {
        int n = pdf.pages.size();
        return Check.of(n % 2 == 0, Status.FAIL, file, "Even page count",
                Lengths.plural(n, "page", "pages") + (n % 2 == 0 ? "" : " (odd)"), "even",
                "Add a blank page at the end, so the book has " + (n + 1) + " pages.");
    }

    private Check lastPageBlank() {
        Page last = pdf.pages.get(pdf.pages.size() - 1);
        int glyphs = last.scan().glyphs();
        int images = last.scan().images().size();
        String measured = glyphs == 0 && images == 0 ? "page " + last.number() + " blank"
                : "page " + last.number() + ": " + Lengths.plural(glyphs, "glyph", "glyphs") + ", "
                        + Lengths.plural(images, "image", "images");
        return Check.of(glyphs == 0 && images == 0, Status.FAIL, file, "Last page blank", measured,
                "no text, no images", "End the book on a blank page: add one after page " + last.number() + ".");
    }

    /** The text's bounding box on each page against the trim minus the minimum margins; the worst page counts. */
    private List<Check> margins() {
        int n = pdf.pages.size();
        double gutter = rules.gutterFor(n);
        double[] need = {gutter, rules.margins().outside(), rules.margins().top(), rules.margins().bottom()};
        String[] names = {"Inside margin (gutter)", "Outside margin", "Top margin", "Bottom margin"};
        double[] worst = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        int[] worstPage = new int[4];
        List<List<Integer>> under = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Page page : pdf.pages) {
            Rectangle2D text = page.scan().textBounds();
            if (text == null) {
                continue;
            }
            PDRectangle trim = page.trim();
            double left = text.getMinX() - trim.getLowerLeftX();
            double right = trim.getUpperRightX() - text.getMaxX();
            double[] have = {page.recto() ? left : right, page.recto() ? right : left,
                trim.getUpperRightY() - text.getMaxY(), text.getMinY() - trim.getLowerLeftY()};
            for (int i = 0; i < 4; i++) {
                if (have[i] < worst[i]) {
                    worst[i] = have[i];
                    worstPage[i] = page.number();
                }
                if (have[i] < need[i] - Lengths.TOLERANCE) {
                    under.get(i).add(page.number());
                }
            }
        }
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String limit = ">= " + Lengths.length(need[i]) + (i == 0 ? " for " + n + " pages" : "");
            if (worstPage[i] == 0) {
                checks.add(Check.pass(file, names[i], "no text", limit));
                continue;
            }
            String measured = "narrowest " + Lengths.length(worst[i]) + " on page " + worstPage[i];
            String advice = String.format(Locale.ROOT, "Text comes closer than %s to the %s edge %s: "
                    + "widen the %s margin%s.", Lengths.length(need[i]), edgeName(i),
                    Lengths.onPages(under.get(i)), edgeName(i),
                    i == 0 ? " (the printer's minimum grows with the page count)" : "");
            checks.add(Check.of(under.get(i).isEmpty(), Status.FAIL, file, names[i], measured, limit, advice));
        }
        return checks;
    }

    private static String edgeName(int i) {
        return new String[] {"inside", "outside", "top", "bottom"}[i];
    }

    private Check textColour() {
        int operators = 0;
        List<Integer> pages = new ArrayList<>();
        for (Page page : pdf.pages) {
            if (page.scan().rgbTextOperators() > 0) {
                operators += page.scan().rgbTextOperators();
                pages.add(page.number());
            }
        }
        String measured = operators == 0 ? "no RGB text"
                : "RGB text: " + Lengths.plural(operators, "operator", "operators") + " " + Lengths.onPages(pages);
        if (rules.rgbTextAllowed()) {
            return Check.pass(file, "Text colour", measured, "sRGB, DeviceGray or CMYK (colour pages)");
        }
        return Check.of(operators == 0, Status.FAIL, file, "Text colour", measured, "DeviceGray or CMYK, no RGB",
                "Print text in DeviceGray or DeviceCMYK black (0/0/0/1): RGB black prints as four-colour black.");
    }
}
