package org.columnpress.render.pdf.internal.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.columnpress.render.pdf.internal.preflight.InteriorPreflightTest.check;
import static org.columnpress.render.pdf.internal.preflight.PrintPdfs.IN;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.render.pdf.PdfBookTest;
import org.columnpress.render.pdf.PdfRendererFactory;
import org.columnpress.render.pdf.internal.preflight.Check.Status;
import org.columnpress.render.pdf.internal.preflight.PreflightRules.Bleed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preflight on a book PDF that FOP made with today's renderer (6 x 9 in, 1/8 in bleed on every edge):
 * what our own output does right must pass, so no check cries wolf.
 */
class FopBookPreflightTest {

    @TempDir
    static Path out;
    static Path pdf;

    @BeforeAll
    static void render() {
        new PdfRendererFactory().create(TestBooks.options(Map.of("trim", "6x9in", "bleed", "0.125in"),
                new RecordingReporter())).render(PdfBookTest.threeColumnBook(), out, "boek");
        pdf = out.resolve("boek.pdf");
    }

    /** Rules the screen edition meets: its own trim and uniform bleed, links allowed, no page-count floor. */
    static PreflightRules screenEdition() {
        return new PreflightRules("FOP book", 6 * IN, 9 * IN, Bleed.all(0.125 * IN), 1, 828, false, false,
                List.of(new PreflightRules.GutterStep(828, 0.375 * IN)),
                new PreflightRules.Margins(0.375 * IN, 0.375 * IN, 0.375 * IN), Optional.empty(), false, 300, false,
                Optional.empty(), false);
    }

    @Test
    void boxesMarginsFontsAndImagesOfOurOwnBookPass() {
        List<Check> checks = new Preflight(screenEdition()).checkInterior(pdf);

        for (String name : List.of("Trim box", "Bleed box", "Media box", "Page count", "Inside margin (gutter)",
                "Outside margin", "Top margin", "Bottom margin", "Fonts embedded", "Image resolution",
                "Annotations and links")) {
            assertThat(check(checks, name).status()).as(check(checks, name).toString()).isEqualTo(Status.PASS);
        }
        assertThat(check(checks, "Trim box").measured()).isEqualTo("6.000 x 9.000 in, every page");
        assertThat(check(checks, "Fonts embedded").measured()).endsWith("all embedded");
    }

    @Test
    void ourBlackTextIsDeviceGrayAndAColouredDropCapIsRgb() {
        // FOP writes black as "0 g" (DeviceGray); a drop cap in a #hex colour becomes "r g b rg".
        assertThat(check(new Preflight(screenEdition()).checkInterior(pdf), "Text colour").measured())
                .isEqualTo("no RGB text");

        new PdfRendererFactory().create(TestBooks.options(Map.of("trim", "6x9in", "bleed", "0.125in",
                "param.drop.cap", "3", "param.drop.cap.color", "#2f5d62"), new RecordingReporter()))
                .render(PdfBookTest.threeColumnBook(), out, "dropcap");
        Check colour = check(new Preflight(screenEdition()).checkInterior(out.resolve("dropcap.pdf")), "Text colour");

        assertThat(colour.status()).isEqualTo(Status.FAIL);
        assertThat(colour.measured()).matches("RGB text: 3 operators on pages \\d+, \\d+, \\d+");
    }

    @Test
    void theQuickScanReadsEveryPageOfOurBookAsPdfboxsEngineReadsIt() throws IOException {
        assertThat(assertQuickScanAgrees(pdf)).as("the book's glyphs, measured three ways").isGreaterThan(2000);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // FOP's text is Identity-H: the loops under test are the ones that measured it
            var resources = doc.getPage(0).getResources();
            assertThat(resources.getFontNames()).anySatisfy(name -> assertThat(resources.getFont(name).getCOSObject()
                    .getNameAsString(org.apache.pdfbox.cos.COSName.ENCODING)).isEqualTo("Identity-H"));
        }
    }

    @Test
    void andSoItReadsAPrintInteriorWithCropMarksCmykInkAPhotoAndAnRgbDropCap() throws IOException {
        Path photo = java.nio.file.Files.write(out.resolve("foto.jpg"), TestBooks.photo(900, 600, "jpg", 7));
        var book = TestBooks.book("Drukproef", List.of(TestBooks.column("foto", "Met foto", "nl", List.of(
                new org.columnpress.core.model.Block.Image(photo, "Een foto", ""),
                TestBooks.p("Tekst onder de foto, lang genoeg voor een paar regels op de pagina. ".repeat(12))))));
        new PdfRendererFactory().create(TestBooks.options(Map.of("trim", "6x9in", "bleed", "0.125in",
                "param.crop.marks", "true", "param.ink.black", "cmyk(0,0,0,1)", "param.drop.cap", "3",
                "param.drop.cap.color", "#2f5d62"), new RecordingReporter())).render(book, out, "proef");
        Path proof = out.resolve("proef.pdf");

        assertQuickScanAgrees(proof);
        List<DrawnImage> images = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(proof.toFile())) {
            int number = 0;
            for (PDPage page : doc.getPages()) {
                number++;
                for (PageFacts.Placed placed : QuickScan.of(page, new HashMap<>()).orElseThrow().images()) {
                    images.add(placed.on(number));
                }
            }
        }
        assertThat(images).singleElement().satisfies(image -> assertThat(image.pixelsWide()).isEqualTo(900));
        assertThat(check(new Preflight(screenEdition()).checkInterior(proof), "Text colour").measured())
                .matches("RGB text: 1 operators? on pages? \\d+");
    }

    @Test
    void aPageOfContentFopDoesNotWriteIsGivenBackToPdfbox() throws IOException {
        // text drawn inside a form XObject: QuickScan does not run forms; PDFBox's engine does
        Path formPdf = PrintPdfs.interior(out.resolve("form.pdf"), 1, (doc, stream, trim, n, font) -> {
            var form = new org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject(doc);
            form.setBBox(trim);
            form.setResources(new org.apache.pdfbox.pdmodel.PDResources());
            try (var inside = new org.apache.pdfbox.pdmodel.PDFormContentStream(form)) {
                inside.beginText();
                inside.setFont(font, 30);
                inside.newLineAtOffset(trim.getLowerLeftX() + 36, trim.getLowerLeftY() + 300);
                inside.showText("In a form");
                inside.endText();
            }
            stream.drawForm(form);
        });
        try (PDDocument doc = Loader.loadPDF(formPdf.toFile())) {
            PDPage page = doc.getPage(0);
            assertThat(QuickScan.of(page, new HashMap<>())).isEmpty();
            PageFacts engine = PageScan.of(page, new HashMap<>(), false);
            ScannedPdf scanned = ScannedPdf.scan("form.pdf", doc, false);
            assertThat(engine.glyphs()).as("the page's lines and the form's words").isGreaterThan(20 * 30);
            assertThat(scanned.pages.get(0).scan().glyphs()).isEqualTo(engine.glyphs());
        }
    }

    /**
     * Every page of {@code pdf} read by QuickScan (none given back), by PDFBox's engine with our Identity-H
     * loop and by PDFBox's engine alone: the same glyphs, text box, turned glyphs, RGB text and images.
     *
     * @return the glyphs of the whole PDF
     */
    static int assertQuickScanAgrees(Path pdf) throws IOException {
        int glyphs = 0;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int number = 0;
            for (PDPage page : doc.getPages()) {
                number++;
                PageFacts quick = QuickScan.of(page, new HashMap<>()).orElse(null);
                assertThat(quick).as("page %d read by QuickScan", number).isNotNull();
                PageFacts identity = PageScan.of(page, new HashMap<>(), false, true);
                PageFacts generic = PageScan.of(page, new HashMap<>(), false, false);
                for (PageFacts other : List.of(identity, generic)) {
                    assertSame(number, quick, other);
                }
                glyphs += generic.glyphs();
            }
        }
        return glyphs;
    }

    private static void assertSame(int page, PageFacts a, PageFacts b) {
        assertThat(a.glyphs()).as("glyphs on page %d", page).isEqualTo(b.glyphs());
        assertThat(a.rgbTextOperators()).as("RGB text on page %d", page).isEqualTo(b.rgbTextOperators());
        assertThat(a.rotatedGlyphs()).as("turned glyphs on page %d", page).hasSameSizeAs(b.rotatedGlyphs());
        assertThat(a.images()).as("images on page %d", page).isEqualTo(b.images());
        Rectangle2D x = a.textBounds();
        Rectangle2D y = b.textBounds();
        if (y == null) {
            assertThat(x).isNull();
            return;
        }
        for (double[] pair : new double[][] {{x.getMinX(), y.getMinX()}, {x.getMinY(), y.getMinY()},
                {x.getMaxX(), y.getMaxX()}, {x.getMaxY(), y.getMaxY()}}) {
            assertThat(pair[0]).as("text box on page %d", page).isCloseTo(pair[1], within(0.001)); // points; the checks' tolerance is 0.36
        }
    }

    @Test
    void theLinksOfTheScreenEditionFailWhereThePrinterForbidsAnnotations() {
        Check links = check(new Preflight(PrintPdfs.kdp()).checkInterior(pdf), "Annotations and links");

        assertThat(links.status()).isEqualTo(Status.FAIL);
        // Three entries of the contents and the one web link, in the first column, which starts on the page
        // after the contents (column.start page).
        assertThat(links.measured()).isEqualTo("4 annotations on pages 3, 5");
    }
}
