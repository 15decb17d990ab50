package org.columnpress.render.pdf.internal.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.columnpress.render.pdf.internal.preflight.PrintPdfs.BLEED;
import static org.columnpress.render.pdf.internal.preflight.PrintPdfs.IN;
import static org.columnpress.render.pdf.internal.preflight.PrintPdfs.kdp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.columnpress.core.ColumnpressException;
import org.columnpress.render.pdf.internal.preflight.Check.Status;
import org.columnpress.render.pdf.internal.preflight.PreflightRules.Bleed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each interior check, seen to pass on a clean PDF and to fail (or warn) on one with that one fault. */
class InteriorPreflightTest {

    @TempDir
    Path dir;

    static Check check(List<Check> checks, String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No check '" + name + "' in " + checks));
    }

    private List<Check> run(PreflightRules rules, Path pdf) {
        return new Preflight(rules).checkInterior(pdf);
    }

    private Path clean(int pages) throws IOException {
        return PrintPdfs.interior(dir.resolve("clean-" + pages + ".pdf"), pages, (doc, out, trim, n, font) -> {
        });
    }

    @Test
    void aCleanKdpInteriorPassesEveryCheck() throws IOException {
        List<Check> checks = run(kdp(), clean(24));

        assertThat(checks).extracting(Check::name).containsExactly("Trim box", "Bleed box", "Media box",
                "Page count", "Even page count", "Inside margin (gutter)", "Outside margin", "Top margin",
                "Bottom margin", "Fonts embedded", "Image resolution", "Text colour", "Annotations and links");
        assertThat(checks).allSatisfy(c -> assertThat(c.status()).as(c.toString()).isEqualTo(Status.PASS));
        assertThat(check(checks, "Trim box").measured()).isEqualTo("6.000 x 9.000 in, every page");
        assertThat(check(checks, "Bleed box").measured())
                .isEqualTo("top 0.125, bottom 0.125, outside 0.125, inside 0.000 in, every page");
        assertThat(check(checks, "Inside margin (gutter)").measured()).startsWith("narrowest 0.750 in");
        assertThat(check(checks, "Inside margin (gutter)").limit()).isEqualTo(">= 0.375 in (9.5 mm) for 24 pages");
        assertThat(check(checks, "Fonts embedded").measured()).isEqualTo("1 font, all embedded");
    }

    @Test
    void aFileThatIsNoPdfIsAnErrorNamingIt() throws IOException {
        Path notPdf = Files.writeString(dir.resolve("boek-print.pdf"), "not a PDF");

        assertThatThrownBy(() -> run(kdp(), notPdf))
                .isInstanceOf(ColumnpressException.class)
                .hasMessageStartingWith("Preflight cannot read " + notPdf + ": ");
    }

    @Test
    void bleedOnTheSameSideOfEveryPageFailsOnTheLeftHandPages() throws IOException {
        Path pdf = dir.resolve("unmirrored.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int n = 1; n <= 24; n++) {
                doc.addPage(PrintPdfs.page(1, new Bleed(BLEED, BLEED, BLEED, 0), 6 * IN, 9 * IN));
            }
            doc.save(pdf.toFile());
        }

        Check bleed = check(run(kdp(), pdf), "Bleed box");

        assertThat(bleed.status()).isEqualTo(Status.FAIL);
        assertThat(bleed.measured()).isEqualTo("top 0.125, bottom 0.125, outside 0.000, inside 0.125 in on pages"
                + " 2, 4, 6, 8, 10, 12, 14, 16 ... (12 pages)");
        assertThat(bleed.advice()).contains("mirrored on left-hand pages");
    }

    @Test
    void aWrongTrimAndCropMarksOutsideTheBleedFail() throws IOException {
        Path pdf = dir.resolve("a5-marks.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int n = 1; n <= 24; n++) {
                PDPage page = PrintPdfs.page(n, Bleed.NONE, 5.83f * IN, 8.27f * IN);
                page.setMediaBox(new PDRectangle(-20, -20, page.getMediaBox().getWidth() + 40,
                        page.getMediaBox().getHeight() + 40));
                doc.addPage(page);
            }
            doc.save(pdf.toFile());
        }

        List<Check> checks = run(kdp(), pdf);

        assertThat(check(checks, "Trim box").status()).isEqualTo(Status.FAIL);
        assertThat(check(checks, "Trim box").measured()).startsWith("5.830 x 8.270 in on pages 1, 2, 3");
        assertThat(check(checks, "Media box").status()).isEqualTo(Status.FAIL);
        PreflightRules offsetLike = new PreflightRules("marks allowed", 5.83 * IN, 8.27 * IN, Bleed.NONE, 1, 999,
                false, false, kdp().gutter(), kdp().margins(), Optional.empty(), false, 300, true, Optional.empty(), false);
        assertThat(check(run(offsetLike, pdf), "Media box").status()).isEqualTo(Status.PASS);
        assertThat(check(run(offsetLike, pdf), "Trim box").status()).isEqualTo(Status.PASS);
    }

    @Test
    void tooFewPagesAnOddCountAndTextOnTheLastPageFail() throws IOException {
        List<Check> few = run(kdp(), clean(22));
        assertThat(check(few, "Page count").status()).isEqualTo(Status.FAIL);
        assertThat(check(few, "Page count").advice()).contains("at least 24 pages: add 2 pages");

        List<Check> odd = run(kdp(), clean(25));
        assertThat(check(odd, "Even page count").status()).isEqualTo(Status.FAIL);
        assertThat(check(odd, "Even page count").measured()).isEqualTo("25 pages (odd)");

        PreflightRules blankLast = new PreflightRules("blank last", 6 * IN, 9 * IN, kdp().bleed(), 24, 828, true,
                true, kdp().gutter(), kdp().margins(), Optional.empty(), true, 300, false, Optional.empty(), false);
        assertThat(check(run(blankLast, clean(24)), "Last page blank").status()).isEqualTo(Status.PASS);
        Path written = PrintPdfs.interior(dir.resolve("last.pdf"), 24, (doc, out, trim, n, font) -> {
            if (n == 24) {
                PrintPdfs.show(out, font, 10, trim.getLowerLeftX() + 72, trim.getLowerLeftY() + 300, "1234567");
            }
        });
        Check last = check(run(blankLast, written), "Last page blank");
        assertThat(last.status()).isEqualTo(Status.FAIL);
        assertThat(last.measured()).isEqualTo("page 24: 7 glyphs, 0 images");
    }

    @Test
    void textInTheGutterFailsNamingItsPage() throws IOException {
        Path pdf = PrintPdfs.interior(dir.resolve("gutter.pdf"), 24, (doc, out, trim, n, font) -> {
            if (n == 7) {
                PrintPdfs.show(out, font, 10, trim.getLowerLeftX() + 0.2f * IN, trim.getLowerLeftY() + 200, "Gutter");
            }
        });

        Check gutter = check(run(kdp(), pdf), "Inside margin (gutter)");

        assertThat(gutter.status()).isEqualTo(Status.FAIL);
        assertThat(gutter.measured()).startsWith("narrowest 0.2").endsWith(" on page 7");
        assertThat(gutter.advice()).contains("inside edge on page 7:");
    }

    @Test
    void theGutterFollowsTheRealPageCount() throws IOException {
        // Text 0.45 in from the inside edge: enough for 150 pages (0.375 in), not for 152 (0.5 in).
        PrintPdfs.Painter narrow = (doc, out, trim, n, font) -> PrintPdfs.show(out, font, 10,
                (float) (n % 2 == 1 ? trim.getLowerLeftX() + 0.45 * IN : trim.getUpperRightX() - 0.45 * IN - 30),
                trim.getLowerLeftY() + 100, "Near");
        Check thin = check(run(kdp(), PrintPdfs.interior(dir.resolve("150.pdf"), 150, narrow)),
                "Inside margin (gutter)");
        Check thick = check(run(kdp(), PrintPdfs.interior(dir.resolve("152.pdf"), 152, narrow)),
                "Inside margin (gutter)");

        assertThat(thin.status()).isEqualTo(Status.PASS);
        assertThat(thick.status()).isEqualTo(Status.FAIL);
        assertThat(thick.limit()).isEqualTo(">= 0.500 in (12.7 mm) for 152 pages");
    }

    @Test
    void textTooCloseToTheOutsideTopOrBottomFails() throws IOException {
        Path pdf = PrintPdfs.interior(dir.resolve("edges.pdf"), 24, (doc, out, trim, n, font) -> {
            if (n == 4) { // a left-hand page: the outside edge is the left one
                PrintPdfs.show(out, font, 10, trim.getLowerLeftX() + 0.1f * IN, trim.getLowerLeftY() + 300, "Out");
            }
            if (n == 5) {
                PrintPdfs.show(out, font, 10, trim.getLowerLeftX() + 100, trim.getUpperRightY() - 10, "Top");
                PrintPdfs.show(out, font, 10, trim.getLowerLeftX() + 100, trim.getLowerLeftY() + 5, "Bottom");
            }
        });

        List<Check> checks = run(kdp(), pdf);

        assertThat(check(checks, "Outside margin").status()).isEqualTo(Status.FAIL);
        assertThat(check(checks, "Outside margin").measured()).endsWith(" on page 4");
        assertThat(check(checks, "Top margin").measured()).endsWith(" on page 5");
        assertThat(check(checks, "Bottom margin").measured()).endsWith(" on page 5");
        assertThat(check(checks, "Top margin").status()).isEqualTo(Status.FAIL);
        assertThat(check(checks, "Bottom margin").status()).isEqualTo(Status.FAIL);
        assertThat(check(checks, "Inside margin (gutter)").status()).isEqualTo(Status.PASS);
    }

    @Test
    void aStandardFontThatIsNotEmbeddedFailsNamingItAndItsPage() throws IOException {
        Path pdf = PrintPdfs.interior(dir.resolve("helvetica.pdf"), 24, (doc, out, trim, n, font) -> {
            if (n == 4) {
                PrintPdfs.show(out, new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10,
                        trim.getLowerLeftX() + 72, trim.getLowerLeftY() + 100, "Helvetica");
            }
        });

        Check fonts = check(run(kdp(), pdf), "Fonts embedded");

        assertThat(fonts.status()).isEqualTo(Status.FAIL);
        assertThat(fonts.measured()).isEqualTo("1 of 2 not embedded: Helvetica (page 4)");
    }

    @Test
    void aType3FontCountsAsEmbeddedAndItsGlyphsAsText() throws IOException {
        PreflightRules blankLast = new PreflightRules("blank last", 6 * IN, 9 * IN, kdp().bleed(), 24, 828, true,
                true, kdp().gutter(), kdp().margins(), Optional.empty(), true, 300, false, Optional.empty(), false);
        Path pdf = PrintPdfs.interior(dir.resolve("type3.pdf"), 24, (doc, out, trim, n, font) -> {
            if (n == 24) {
                COSName name = doc.getPage(23).getResources().add(type3(doc));
                out.appendRawCommands("BT /" + name.getName() + " 12 Tf 100 300 Td (aa) Tj ET\n");
            }
        });

        List<Check> checks = run(blankLast, pdf);

        assertThat(check(checks, "Fonts embedded").measured()).isEqualTo("2 fonts, all embedded");
        assertThat(check(checks, "Last page blank").measured()).isEqualTo("page 24: 2 glyphs, 0 images");
    }

    /** A Type3 font of one glyph, "a", a filled square: its drawing is in the PDF, so it is embedded. */
    private static PDType3Font type3(PDDocument doc) throws IOException {
        COSStream square = doc.getDocument().createCOSStream();
        try (var os = square.createOutputStream()) {
            os.write("1000 0 0 0 750 750 d1 0 0 750 750 re f".getBytes(StandardCharsets.US_ASCII));
        }
        COSDictionary procs = new COSDictionary();
        procs.setItem(COSName.getPDFName("a"), square);
        COSArray differences = new COSArray();
        differences.add(COSInteger.get(97));
        differences.add(COSName.getPDFName("a"));
        COSDictionary encoding = new COSDictionary();
        encoding.setItem(COSName.TYPE, COSName.ENCODING);
        encoding.setItem(COSName.DIFFERENCES, differences);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE3);
        font.setItem(COSName.FONT_BBOX, new PDRectangle(0, 0, 1000, 1000).getCOSArray());
        font.setItem(COSName.FONT_MATRIX, floats(0.001f, 0f, 0f, 0.001f, 0f, 0f));
        font.setItem(COSName.CHAR_PROCS, procs);
        font.setItem(COSName.ENCODING, encoding);
        font.setInt(COSName.FIRST_CHAR, 97);
        font.setInt(COSName.LAST_CHAR, 97);
        font.setItem(COSName.WIDTHS, floats(1000f));
        font.setItem(COSName.RESOURCES, new COSDictionary());
        return new PDType3Font(font);
    }

    private static COSArray floats(float... values) {
        COSArray array = new COSArray();
        array.setFloatArray(values);
        return array;
    }

    @Test
    void anImageUnder300PpiWarnsNamingItsPage() throws IOException {
        Path pdf = PrintPdfs.interior(dir.resolve("images.pdf"), 24, (doc, out, trim, n, font) -> {
            if (n == 3) {
                PrintPdfs.image(doc, out, 330, 1, trim.getLowerLeftX() + 72, trim.getLowerLeftY() + 72);
            }
            if (n == 6) {
                PrintPdfs.image(doc, out, 150, 1, trim.getLowerLeftX() + 72, trim.getLowerLeftY() + 72);
            }
        });

        Check images = check(run(kdp(), pdf), "Image resolution");

        assertThat(images.status()).isEqualTo(Status.WARN);
        assertThat(images.measured()).isEqualTo("2 images, lowest 150 ppi (page 6)");
        assertThat(images.advice()).contains("under 300 ppi on page 6:");
        Path sharp = PrintPdfs.interior(dir.resolve("sharp.pdf"), 24, (doc, out, trim, n, font) -> {
            if (n == 3) {
                PrintPdfs.image(doc, out, 330, 1, trim.getLowerLeftX() + 72, trim.getLowerLeftY() + 72);
            }
        });
        assertThat(check(run(kdp(), sharp), "Image resolution").status()).isEqualTo(Status.PASS);
    }

    @Test
    void rgbTextFailsAndGreyAndCmykTextPass() throws IOException {
        Path pdf = PrintPdfs.interior(dir.resolve("rgb.pdf"), 24, (doc, out, trim, n, font) -> {
            out.setNonStrokingColor(0f, 0f, 0f, 1f); // DeviceCMYK black on every page
            PrintPdfs.show(out, font, 10, trim.getLowerLeftX() + 72, trim.getLowerLeftY() + 100, "CMYK");
            if (n == 5) {
                out.setNonStrokingColor(0f, 0f, 0f); // DeviceRGB black
                PrintPdfs.show(out, font, 10, trim.getLowerLeftX() + 72, trim.getLowerLeftY() + 120, "RGB");
            }
        });

        Check colour = check(run(kdp(), pdf), "Text colour");

        assertThat(colour.status()).isEqualTo(Status.FAIL);
        assertThat(colour.measured()).isEqualTo("RGB text: 1 operator on page 5");
        assertThat(check(run(kdp(), clean(24)), "Text colour").measured()).isEqualTo("no RGB text");
    }

    @Test
    void aLinkFailsWhereAnnotationsAreForbidden() throws IOException {
        Path pdf = PrintPdfs.interior(dir.resolve("link.pdf"), 24, (doc, out, trim, n, font) -> {
            if (n == 2) {
                PDAnnotationLink link = new PDAnnotationLink();
                link.setRectangle(new PDRectangle(100, 100, 50, 12));
                PDActionURI uri = new PDActionURI();
                uri.setURI("https://example.org/");
                link.setAction(uri);
                doc.getPage(1).getAnnotations().add(link);
            }
        });

        Check forbidden = check(run(kdp(), pdf), "Annotations and links");

        assertThat(forbidden.status()).isEqualTo(Status.FAIL);
        assertThat(forbidden.measured()).isEqualTo("1 annotation on page 2");
        PreflightRules allowed = new PreflightRules("links allowed", 6 * IN, 9 * IN, kdp().bleed(), 24, 828, true,
                false, kdp().gutter(), kdp().margins(), Optional.empty(), false, 300, false, Optional.empty(), false);
        assertThat(check(run(allowed, pdf), "Annotations and links").status()).isEqualTo(Status.PASS);
    }

    @Test
    void pdfxNeedsAGtsPdfxIntentWithACmykProfileAndTheVersion() throws IOException {
        PreflightRules x4 = new PreflightRules("offset", 6 * IN, 9 * IN, kdp().bleed(), 24, 828, true, false,
                kdp().gutter(), kdp().margins(), Optional.of("PDF/X-4"), true, 300, false, Optional.empty(), false);
        Path plain = clean(24);
        List<Check> without = run(x4, plain);
        assertThat(check(without, "PDF/X output intent").status()).isEqualTo(Status.FAIL);
        assertThat(check(without, "PDF/X output intent").measured()).isEqualTo("none");
        assertThat(check(without, "PDF/X version").status()).isEqualTo(Status.FAIL);

        Path rgb = withIntent(plain, "rgb-intent.pdf", "RGB ", null);
        assertThat(check(run(x4, rgb), "PDF/X output intent").measured()).isEqualTo("GTS_PDFX, RGB profile FOGRA39");
        assertThat(check(run(x4, rgb), "PDF/X output intent").status()).isEqualTo(Status.FAIL);

        List<Check> x = run(x4, withIntent(plain, "x4.pdf", "CMYK", "PDF/X-4"));
        assertThat(check(x, "PDF/X output intent").status()).isEqualTo(Status.PASS);
        assertThat(check(x, "PDF/X output intent").measured()).isEqualTo("GTS_PDFX, CMYK profile FOGRA39");
        assertThat(check(x, "PDF/X version").status()).isEqualTo(Status.PASS);
        assertThat(check(x, "PDF/X version").measured()).isEqualTo("PDF/X-4 (Info)");
    }

    /**
     * A copy of {@code pdf} with a GTS_PDFX output intent whose profile is an ICC header of the given colour
     * space (all the check reads) and, unless null, GTS_PDFXVersion in Info.
     */
    private Path withIntent(Path pdf, String name, String space, String version) throws IOException {
        Path out = dir.resolve(name);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            byte[] header = new byte[128];
            System.arraycopy(space.getBytes(StandardCharsets.US_ASCII), 0, header, 16, 4);
            COSStream profile = doc.getDocument().createCOSStream();
            try (var os = profile.createOutputStream()) {
                new ByteArrayInputStream(header).transferTo(os);
            }
            COSDictionary intent = new COSDictionary();
            intent.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
            intent.setItem(COSName.S, COSName.getPDFName("GTS_PDFX"));
            intent.setString(COSName.OUTPUT_CONDITION_IDENTIFIER, "FOGRA39");
            intent.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
            doc.getDocumentCatalog().addOutputIntent(new PDOutputIntent(intent));
            if (version != null) {
                doc.getDocumentInformation().setCustomMetadataValue("GTS_PDFXVersion", version);
            }
            doc.save(out.toFile());
        }
        return out;
    }
}
