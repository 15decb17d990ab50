package org.columnpress.render.pdf.internal.preflight;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.columnpress.render.pdf.internal.preflight.Check.Status;
import org.columnpress.render.pdf.internal.preflight.PreflightRules.CoverRules;
import org.columnpress.render.pdf.internal.preflight.ScannedPdf.Page;

/** The full-wrap cover's checks, in the order the report lists them. */
final class CoverChecks {

    /** A spine's text runs up or down the spine; a few degrees either way is a design, not a spine. */
    private static final double ANGLE = 2;

    private final PreflightRules rules;
    private final CoverRules cover;
    private final ScannedPdf pdf;
    private final String file;

    private CoverChecks(PreflightRules rules, ScannedPdf pdf) {
        this.rules = rules;
        this.cover = rules.cover().orElseThrow();
        this.pdf = pdf;
        this.file = pdf.file;
    }

    static List<Check> run(PreflightRules rules, ScannedPdf pdf) throws IOException {
        CoverChecks c = new CoverChecks(rules, pdf);
        List<Check> checks = new ArrayList<>();
        int n = pdf.pages.size();
        checks.add(Check.of(n == 1, Status.FAIL, pdf.file, "Cover pages", Lengths.plural(n, "page", "pages"), "1",
                "Make the cover one page: back, spine and front side by side."));
        checks.add(c.size());
        checks.add(c.trimBox());
        checks.add(DocumentChecks.mediaBox(pdf, rules.printerMarksAllowed()));
        checks.add(DocumentChecks.fontsEmbedded(pdf));
        checks.add(DocumentChecks.imageResolution(pdf, rules.minImagePpi()));
        checks.add(DocumentChecks.annotations(pdf, rules.annotationsForbidden()));
        if (rules.pdfx().isPresent()) {
            checks.add(DocumentChecks.outputIntent(pdf));
            checks.add(DocumentChecks.pdfxVersion(pdf, rules.pdfx().get()));
        }
        checks.add(c.spineText());
        checks.add(c.barcode());
        return checks;
    }

    /** What the printer's cover calculator gives: trim plus bleed on every edge. */
    private Check size() {
        PDRectangle box = pdf.pages.get(0).bleed();
        double w = cover.width() + 2 * cover.bleed();
        double h = cover.height() + 2 * cover.bleed();
        boolean ok = Lengths.same(box.getWidth(), w) && Lengths.same(box.getHeight(), h);
        return Check.of(ok, Status.FAIL, file, "Cover size with bleed", Lengths.size(box.getWidth(), box.getHeight()),
                Lengths.size(w, h) + " (+/- 0.005)", "Make the cover " + Lengths.size(w, h)
                        + " with bleed: the spine width follows the final page count and paper.");
    }

    private Check trimBox() {
        Page page = pdf.pages.get(0);
        PDRectangle t = page.trim();
        PDRectangle b = page.bleed();
        double[] bleeds = {t.getLowerLeftX() - b.getLowerLeftX(), t.getLowerLeftY() - b.getLowerLeftY(),
            b.getUpperRightX() - t.getUpperRightX(), b.getUpperRightY() - t.getUpperRightY()};
        boolean ok = Lengths.same(t.getWidth(), cover.width()) && Lengths.same(t.getHeight(), cover.height());
        double least = Double.MAX_VALUE;
        double most = 0;
        for (double bleed : bleeds) {
            ok &= Lengths.same(bleed, cover.bleed());
            least = Math.min(least, bleed);
            most = Math.max(most, bleed);
        }
        String bleedText = Lengths.same(least, most) ? Lengths.inches(least) + " in"
                : Lengths.inches(least) + " to " + Lengths.inches(most) + " in";
        return Check.of(ok, Status.FAIL, file, "Cover trim box",
                Lengths.size(t.getWidth(), t.getHeight()) + ", bleed " + bleedText,
                Lengths.size(cover.width(), cover.height()) + ", bleed " + Lengths.inches(cover.bleed()) + " in",
                "Set the cover's TrimBox to back + spine + front, " + Lengths.size(cover.width(), cover.height())
                        + ", with " + Lengths.inches(cover.bleed()) + " in of bleed on every edge.");
    }

    /** Glyphs turned 90 or 270 degrees whose centre lies between the folds. */
    private Check spineText() {
        Page page = pdf.pages.get(0);
        double left = page.trim().getLowerLeftX() + cover.spineLeft();
        double right = page.trim().getLowerLeftX() + cover.spineRight();
        int count = 0;
        double closest = Double.MAX_VALUE;
        for (PageFacts.Glyph glyph : page.scan().rotatedGlyphs()) {
            boolean upright = Math.abs(glyph.rotation() - 90) <= ANGLE || Math.abs(glyph.rotation() - 270) <= ANGLE;
            double centre = glyph.box().getCenterX();
            if (upright && centre > left && centre < right) {
                count++;
                closest = Math.min(closest, Math.min(glyph.box().getMinX() - left, right - glyph.box().getMaxX()));
            }
        }
        String spine = "spine " + Lengths.inches(cover.spineRight() - cover.spineLeft()) + " in wide";
        if (!cover.spineTextAllowed()) {
            return Check.of(count == 0, Status.FAIL, file, "Spine text", count == 0 ? "none, " + spine
                    : Lengths.plural(count, "glyph", "glyphs") + " on the " + spine, "none (too few pages)",
                    "The book is too thin for spine text at this printer: leave the spine empty.");
        }
        if (count == 0) {
            return new Check(file, "Spine text", "none, " + spine, "allowed, "
                    + Lengths.inches(cover.spineMargin()) + " in from the folds", Status.WARN,
                    "The spine is wide enough for the title and author: put them on it.");
        }
        return Check.of(closest >= cover.spineMargin() - Lengths.TOLERANCE, Status.FAIL, file, "Spine text",
                Lengths.plural(count, "glyph", "glyphs") + ", " + Lengths.inches(closest) + " in from a fold",
                ">= " + Lengths.inches(cover.spineMargin()) + " in from the folds",
                "Keep spine text " + Lengths.inches(cover.spineMargin()) + " in from both folds: make it smaller.");
    }

    private Check barcode() throws IOException {
        PreflightRules.Area area = cover.barcodeArea();
        String where = Lengths.size(area.width(), area.height()) + " at " + Lengths.inches(area.x()) + ", "
                + Lengths.inches(area.y()) + " in";
        if (cover.isbn().isEmpty()) {
            return clearArea(area, where);
        }
        String isbn = cover.isbn().get();
        Optional<Barcodes.Decoded> decoded = Barcodes.decode(pdf.doc, area);
        String measured = decoded.map(d -> "EAN-13 " + d.digits() + d.addOn().map(a -> " + add-on " + a).orElse(""))
                .orElse("no EAN-13 found at 300 dpi");
        boolean ok = decoded.isPresent() && decoded.get().digits().equals(isbn);
        return Check.of(ok, Status.FAIL, file, "Barcode", measured, "EAN-13 " + isbn + " in " + where,
                decoded.isEmpty() ? "Put the ISBN's EAN-13 barcode in " + where
                        + ", black bars on white with a quiet zone, at 80-100 % size."
                        : "The barcode says " + decoded.get().digits() + ", not the book's ISBN " + isbn
                                + ": make it from the book's identifier.");
    }

    /**
     * Where the printer prints its own barcode, text there would be covered: that fails. A picture or
     * drawing there only warns: a background under the printer's white box is common and harmless, but
     * whatever else is there will be hidden.
     */
    private Check clearArea(PreflightRules.Area area, String where) throws IOException {
        Page page = pdf.pages.get(0);
        Rectangle2D box = new Rectangle2D.Double(
                page.trim().getLowerLeftX() + area.x(), page.trim().getLowerLeftY() + area.y(),
                area.width(), area.height());
        long glyphs = page.scan().allGlyphs().stream().filter(g -> g.box().intersects(box)).count();
        String limit = "empty: " + where;
        String advice = "The printer prints its own barcode in " + where + " from the trim's lower left";
        if (glyphs > 0) {
            return new Check(file, "Barcode area", Lengths.plural((int) glyphs, "glyph", "glyphs") + " in it", limit,
                    Status.FAIL, advice + ": move the text out of it.");
        }
        boolean flat = Barcodes.empty(pdf.doc, area);
        return Check.of(flat, Status.WARN, file, "Barcode area", flat ? "empty" : "a picture or drawing in it",
                limit, advice + ", on a white box that will hide what is there now: keep pictures' important parts"
                        + " out of it.");
    }
}
