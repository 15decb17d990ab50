package org.columnpress.render.pdf.internal.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.columnpress.render.pdf.internal.preflight.InteriorPreflightTest.check;
import static org.columnpress.render.pdf.internal.preflight.PrintPdfs.BLEED;
import static org.columnpress.render.pdf.internal.preflight.PrintPdfs.IN;
import static org.columnpress.render.pdf.internal.preflight.PrintPdfs.ISBN;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.columnpress.render.pdf.internal.preflight.Check.Status;
import org.columnpress.render.pdf.internal.preflight.PreflightRules.CoverRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cover checks on PDFBox-made covers of a 200-page 6 x 9 in book (spine 0.5 in). */
class CoverPreflightTest {

    @TempDir
    Path dir;

    private static List<Check> run(CoverRules cover, Path pdf) {
        return new Preflight(PrintPdfs.kdp(Optional.of(cover))).checkCover(pdf);
    }

    private Path cover(String name, PrintPdfs.Painter painter) throws IOException {
        CoverRules rules = PrintPdfs.kdpCover(true, Optional.empty());
        return PrintPdfs.cover(dir.resolve(name), rules.width(), rules.height(), BLEED, painter);
    }

    /** Spine text of 10 pt, centred between the folds 0.5 in apart. */
    private static final PrintPdfs.Painter SPINE = (doc, out, trim, n, font) ->
            PrintPdfs.spineText(out, font, trim, 10, (0.5 * IN - 10 * 1.2) / 2);

    @Test
    void aCoverOfTheCalculatedSizeWithSpineTextAndAClearBarcodeAreaPasses() throws IOException {
        List<Check> checks = run(PrintPdfs.kdpCover(true, Optional.empty()), cover("ok.pdf", SPINE));

        assertThat(checks).extracting(Check::name).containsExactly("Cover pages", "Cover size with bleed",
                "Cover trim box", "Media box", "Fonts embedded", "Image resolution", "Annotations and links",
                "Spine text", "Barcode area");
        assertThat(checks).allSatisfy(c -> assertThat(c.status()).as(c.toString()).isEqualTo(Status.PASS));
        // KDP: 2 x 6 + 200 x 0.0025 + 0.25 = 12.75 in wide, 9 + 0.25 = 9.25 in high.
        assertThat(check(checks, "Cover size with bleed").measured()).isEqualTo("12.750 x 9.250 in");
        assertThat(check(checks, "Cover trim box").measured()).isEqualTo("12.500 x 9.000 in, bleed 0.125 in");
        assertThat(check(checks, "Spine text").measured()).startsWith("16 glyphs, 0.1");
    }

    @Test
    void aCoverMadeForAnotherPageCountFails() throws IOException {
        CoverRules rules = PrintPdfs.kdpCover(true, Optional.empty());
        Path pdf = PrintPdfs.cover(dir.resolve("narrow.pdf"), rules.width() - 0.05 * IN, rules.height(), BLEED, SPINE);

        List<Check> checks = run(rules, pdf);

        assertThat(check(checks, "Cover size with bleed").status()).isEqualTo(Status.FAIL);
        assertThat(check(checks, "Cover size with bleed").measured()).isEqualTo("12.700 x 9.250 in");
        assertThat(check(checks, "Cover size with bleed").limit()).isEqualTo("12.750 x 9.250 in (+/- 0.005)");
        assertThat(check(checks, "Cover trim box").status()).isEqualTo(Status.FAIL);
    }

    @Test
    void spineTextOnASpineTooThinForItFails() throws IOException {
        Check spine = check(run(PrintPdfs.kdpCover(false, Optional.empty()), cover("thin.pdf", SPINE)), "Spine text");

        assertThat(spine.status()).isEqualTo(Status.FAIL);
        assertThat(spine.measured()).isEqualTo("16 glyphs on the spine 0.500 in wide");
        assertThat(check(run(PrintPdfs.kdpCover(false, Optional.empty()), cover("none.pdf", (d, o, t, n, f) -> {
        })), "Spine text").status()).isEqualTo(Status.PASS);
    }

    @Test
    void aWideSpineWithoutTextWarnsAndTextAgainstTheFoldFails() throws IOException {
        CoverRules rules = PrintPdfs.kdpCover(true, Optional.empty());
        Check missing = check(run(rules, cover("bare.pdf", (d, o, t, n, f) -> {
        })), "Spine text");
        assertThat(missing.status()).isEqualTo(Status.WARN);

        Check tight = check(run(rules, cover("tight.pdf",
                (doc, out, trim, n, font) -> PrintPdfs.spineText(out, font, trim, 10, 0.02 * IN))), "Spine text");
        assertThat(tight.status()).isEqualTo(Status.FAIL);
        assertThat(tight.measured()).matches("16 glyphs, 0\\.0(18|19|20) in from a fold");
    }

    @Test
    void theBarcodeDecodesToTheIsbnAt300Dpi() throws IOException {
        CoverRules rules = PrintPdfs.kdpCover(true, Optional.of("978-90-901234-5-5"));
        Path pdf = cover("barcode.pdf", (doc, out, trim, n, font) -> {
            SPINE.paint(doc, out, trim, n, font);
            PrintPdfs.barcode(out, trim, rules.barcodeArea(), ISBN);
        });

        Check barcode = check(run(rules, pdf), "Barcode");

        assertThat(barcode.status()).isEqualTo(Status.PASS);
        assertThat(barcode.measured()).isEqualTo("EAN-13 9789090123455");
    }

    @Test
    void aBarcodeWithAPriceAddOnStillDecodesAndTheAddOnIsReported() throws IOException {
        CoverRules rules = PrintPdfs.kdpCover(true, Optional.of(ISBN));
        Path pdf = cover("addon.pdf", (doc, out, trim, n, font) -> {
            SPINE.paint(doc, out, trim, n, font);
            PrintPdfs.barcode(out, trim, rules.barcodeArea(), ISBN, "51995");
        });

        Check barcode = check(run(rules, pdf), "Barcode");

        assertThat(barcode.status()).isEqualTo(Status.PASS);
        assertThat(barcode.measured()).isEqualTo("EAN-13 9789090123455 + add-on 51995");
    }

    @Test
    void anotherBooksBarcodeOrNoneFails() throws IOException {
        CoverRules rules = PrintPdfs.kdpCover(true, Optional.of(ISBN));
        Path other = cover("other.pdf", (doc, out, trim, n, font) ->
                PrintPdfs.barcode(out, trim, rules.barcodeArea(), "9780306406157"));
        Check wrong = check(run(rules, other), "Barcode");
        assertThat(wrong.status()).isEqualTo(Status.FAIL);
        assertThat(wrong.measured()).isEqualTo("EAN-13 9780306406157");
        assertThat(wrong.advice()).contains("not the book's ISBN 9789090123455");

        Check none = check(run(rules, cover("nobarcode.pdf", SPINE)), "Barcode");
        assertThat(none.status()).isEqualTo(Status.FAIL);
        assertThat(none.measured()).isEqualTo("no EAN-13 found at 300 dpi");
    }

    @Test
    void anIsbn10IsCheckedAsTheEan13ItsBarcodeCarries() {
        assertThat(PrintPdfs.kdpCover(true, Optional.of("0-306-40615-2")).isbn()).contains("9780306406157");
    }

    @Test
    void whereThePrinterPrintsItsOwnBarcodeTextInItsAreaFailsAndAPictureWarns() throws IOException {
        CoverRules rules = PrintPdfs.kdpCover(true, Optional.empty());
        float x = (float) rules.barcodeArea().x();
        float y = (float) rules.barcodeArea().y();
        Path text = cover("blurb.pdf", (doc, out, trim, n, font) -> {
            SPINE.paint(doc, out, trim, n, font);
            PrintPdfs.show(out, font, 9, trim.getLowerLeftX() + x + 10, trim.getLowerLeftY() + y + 20, "Too long");
        });
        Path picture = cover("picture.pdf", (doc, out, trim, n, font) -> {
            SPINE.paint(doc, out, trim, n, font);
            PrintPdfs.image(doc, out, 600, 2, trim.getLowerLeftX() + x - 20, trim.getLowerLeftY() + y);
        });

        Check covered = check(run(rules, text), "Barcode area");
        Check hidden = check(run(rules, picture), "Barcode area");

        assertThat(covered.status()).isEqualTo(Status.FAIL);
        assertThat(covered.measured()).isEqualTo("7 glyphs in it");
        assertThat(covered.advice()).contains("prints its own barcode in 2.000 x 1.200 in at 3.750, 0.250 in");
        assertThat(hidden.status()).isEqualTo(Status.WARN);
        assertThat(hidden.measured()).isEqualTo("a picture or drawing in it");
    }
}
