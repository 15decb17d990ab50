package org.columnpress.render.pdf.internal.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.columnpress.render.pdf.internal.preflight.InteriorPreflightTest.check;
import static org.columnpress.render.pdf.internal.preflight.PrintPdfs.IN;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
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
                Optional.empty());
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
    void theIdentityTextLoopMeasuresEveryPageAsPdfboxsOwnLoopDoes() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int glyphs = 0;
            for (PDPage page : doc.getPages()) {
                PageScan fast = PageScan.of(page, new HashMap<>(), false, true);
                PageScan generic = PageScan.of(page, new HashMap<>(), false, false);
                assertThat(fast.glyphs()).isEqualTo(generic.glyphs());
                assertThat(fast.rgbTextOperators()).isEqualTo(generic.rgbTextOperators());
                assertThat(fast.rotatedGlyphs()).hasSameSizeAs(generic.rotatedGlyphs());
                Rectangle2D a = fast.textBounds();
                Rectangle2D b = generic.textBounds();
                if (b == null) {
                    assertThat(a).isNull();
                    continue;
                }
                for (double[] pair : new double[][] {{a.getMinX(), b.getMinX()}, {a.getMinY(), b.getMinY()},
                        {a.getMaxX(), b.getMaxX()}, {a.getMaxY(), b.getMaxY()}}) {
                    assertThat(pair[0]).isCloseTo(pair[1], within(0.001)); // points; the checks' tolerance is 0.36
                }
                glyphs += generic.glyphs();
            }
            assertThat(glyphs).as("the book's glyphs, measured both ways").isGreaterThan(2000);
            // FOP's text is Identity-H: the loop under test is the one that measured it
            var resources = doc.getPage(0).getResources();
            assertThat(resources.getFontNames()).anySatisfy(name -> assertThat(resources.getFont(name).getCOSObject()
                    .getNameAsString(org.apache.pdfbox.cos.COSName.ENCODING)).isEqualTo("Identity-H"));
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
