package org.columnpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Book;
import org.columnpress.render.pdf.internal.PdfRenderer;
import org.columnpress.render.pdf.internal.PrintLayout;
import org.columnpress.render.pdf.internal.PrintLayout.Bleed;
import org.columnpress.render.pdf.internal.PrintLayout.Gutter;
import org.columnpress.render.pdf.internal.PrintLayout.Ink;
import org.columnpress.render.pdf.internal.PrintLayout.PageCount;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The print interior as a printer's upload check reads it: page, trim and bleed boxes per page, no
 * annotations or bookmarks, black ink only, fonts embedded, the PDF/X output intent, the page count.
 */
class PrintInteriorTest {

    private static final double IN = PrintLayout.INCH;
    private static final double MM = PrintLayout.MM;

    /** KDP, 6 x 9 in paperback with bleed: 0.125 in at top, bottom and outside; gutter by page count. */
    static final PrintLayout KDP = new PrintLayout("KDP", 6 * IN, 9 * IN, new Bleed(0.125 * IN, 0.125 * IN,
            0.125 * IN, 0), List.of(new Gutter(1, 0.375 * IN), new Gutter(151, 0.5 * IN), new Gutter(301, 0.625 * IN)),
            0.375 * IN, 0.375 * IN, 0.375 * IN, false, false, Optional.empty(), true, false, false, Ink.GRAY,
            PageCount.EVEN);
    /** Lulu: 0.125 in bleed on every side, 0.5 in safety margin. */
    static final PrintLayout LULU = new PrintLayout("Lulu", 6 * IN, 9 * IN, Bleed.all(0.125 * IN),
            List.of(new Gutter(1, 0.5 * IN)), 0.5 * IN, 0.5 * IN, 0.5 * IN, false, false, Optional.empty(), true,
            false, false, Ink.GRAY, PageCount.EVEN);
    /** A print shop: A5, 3 mm bleed all round, crop marks, PDF/X-4, K-only black. */
    static final PrintLayout OFFSET = new PrintLayout("offset", 148 * MM, 210 * MM, Bleed.all(3 * MM),
            List.of(new Gutter(1, 15 * MM)), 10 * MM, 10 * MM, 10 * MM, true, true, Optional.empty(), false, false,
            false, Ink.CMYK, PageCount.EVEN);

    @TempDir
    static Path temp;
    /** Where the PDFs go: -Dcolumnpress.keep=folder keeps them to look at. */
    static Path dir;
    static Book book;
    static final RecordingReporter reporter = new RecordingReporter();
    static PdfRenderer renderer;

    @BeforeAll
    static void book() throws IOException {
        String keep = System.getProperty("columnpress.keep");
        dir = keep == null ? temp : java.nio.file.Files.createDirectories(Path.of(keep));
        book = TestBooks.folder(dir.resolve("book"), "title: Naar de drukker\nauthor: A. Auteur\nlanguage: nl\n")
                .photo("images/klein.jpg", 600, 400, "jpg")
                .photo("images/groot.jpg", 2400, 1600, "jpg")
                .writeBytes("images/schijf.png", disc(1600))
                .write("columns/a-eerste.md", "# De eerste\n\nZie [de site](https://example.org/) voor meer.\n\n"
                        + "![Een kleine foto](../images/klein.jpg)\n\n![Een schijf](../images/schijf.png)\n\n" + "Een zin die de bladzijde vult. ".repeat(250)
                        + "\n\n| Jaar | Omzet |\n|---|---:|\n| 2009 | 1.000 |\n")
                .write("columns/b-tweede.md", "# De tweede\n\n![Een grote foto](../images/groot.jpg)\n\n"
                        + "Nog een zin die de bladzijde vult. ".repeat(200) + "\n")
                .write("columns/c-derde.md", "# De derde\n\nKort.\n")
                .read();
        renderer = new PdfRenderer(TestBooks.options(Map.of(), reporter));
    }

    /** A grey disc on a transparent ground: PDF/X-4 allows the soft mask, PDF/X-3 would not. */
    static byte[] disc(int size) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(size, size,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(90, 90, 90, 200));
        g.fillOval(0, 0, size, size);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Path render(PrintLayout layout, String name) {
        Path pdf = dir.resolve(name + ".pdf");
        renderer.renderPrint(book, layout, pdf, 1);
        return pdf;
    }

    @Test
    void kdpPagesAreTrimPlusBleedAtTopBottomAndOutsideWithTheTrimBoxAtTheSpine() throws Exception {
        Path pdf = render(KDP, "kdp");
        try (PDDocument doc = Pdfs.open(pdf)) {
            assertThat(doc.getNumberOfPages() % 2).isZero();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                boolean recto = i % 2 == 0;
                assertBox(page, page.getMediaBox(), 0, 0, 6.125 * IN, 9.25 * IN);
                assertBox(page, page.getBleedBox(), 0, 0, 6.125 * IN, 9.25 * IN);
                // The spine side has no bleed: the trim box touches the left edge on a right-hand page.
                assertBox(page, page.getTrimBox(), recto ? 0 : 0.125 * IN, 0.125 * IN, 6 * IN, 9 * IN);
                assertThat(page.getAnnotations()).as("page %d", i + 1).isEmpty();
            }
            assertThat(doc.getDocumentCatalog().getDocumentOutline()).isNull();
            assertFontsEmbedded(doc);
            assertThat(colourOperators(doc)).doesNotContain("rg", "RG", "k", "K", "sc", "SC", "scn", "SCN")
                    .contains("g");
        }
        assertThat(Pdfs.text(pdf)).contains("Zie de site voor meer");
        // KDP takes PDF/A: it stays PDF/A-2b, its grey ink allowed beside the sRGB output intent.
        assertThat(PdfValidator.failures(pdf, "2b")).isEmpty();
    }

    @Test
    void luluPagesHaveBleedOnEverySideAndTextKeepsItsSafetyMargin() throws IOException {
        Path pdf = render(LULU, "lulu");
        try (PDDocument doc = Pdfs.open(pdf)) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                assertBox(page, page.getMediaBox(), 0, 0, 6.25 * IN, 9.25 * IN);
                assertBox(page, page.getTrimBox(), 0.125 * IN, 0.125 * IN, 6 * IN, 9 * IN);
            }
        }
        // Every glyph at least 0.5 in inside the trim (0.125 in bleed + 0.5 in).
        var positions = Pdfs.positions(pdf);
        assertThat(positions).isNotEmpty().allSatisfy(p -> {
            assertThat(p.getXDirAdj()).isGreaterThanOrEqualTo((float) (0.625 * IN) - 0.5f);
            assertThat(p.getXDirAdj() + p.getWidthDirAdj()).isLessThanOrEqualTo((float) (6.625 * IN) + 0.5f);
        });
    }

    @Test
    void offsetIsPdfX4WithTheFogra39OutputIntentCropMarksAndThreeMillimetresBleed() throws IOException {
        Path pdf = render(OFFSET, "offset");
        try (PDDocument doc = Pdfs.open(pdf)) {
            List<PDOutputIntent> intents = doc.getDocumentCatalog().getOutputIntents();
            assertThat(intents).hasSize(1);
            assertThat(intents.get(0).getCOSObject().getNameAsString(COSName.S)).isEqualTo("GTS_PDFX");
            assertThat(intents.get(0).getDestOutputIntent()).isNotNull();
            assertThat(doc.getDocumentInformation().getCustomMetadataValue("GTS_PDFXVersion")).isEqualTo("PDF/X-4");
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfxid:GTS_PDFXVersion").doesNotContain("pdfaid:part");
            double room = (3 + 3 + 6 + 1) * MM; // bleed, gap, mark, a millimetre
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                assertBox(page, page.getMediaBox(), 0, 0, 148 * MM + 2 * room, 210 * MM + 2 * room);
                assertBox(page, page.getTrimBox(), room, room, 148 * MM, 210 * MM);
                assertBox(page, page.getBleedBox(), room - 3 * MM, room - 3 * MM, 154 * MM, 216 * MM);
                assertThat(page.getAnnotations()).isEmpty();
            }
            assertFontsEmbedded(doc);
            assertThat(colourOperators(doc)).doesNotContain("rg", "RG").contains("k");
            // The crop marks: on the trim lines, from the media box edge to 3 mm short of the bleed.
            java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImage(0, 300 / 72f);
            double px = 300 / 25.4;
            // A hairline is about a pixel wide and anti-aliased: the darkest pixel within 0.25 mm counts.
            java.util.function.BiFunction<Double, Double, Boolean> dark = (x, y) -> {
                int darkest = 255;
                for (int dx = -3; dx <= 3; dx++) {
                    for (int dy = -3; dy <= 3; dy++) {
                        darkest = Math.min(darkest,
                                image.getRGB((int) Math.round(x * px) + dx, (int) Math.round(y * px) + dy) & 0xff);
                    }
                }
                return darkest < 128;
            };
            double trim = 13; // mm from the media box edge
            assertThat(dark.apply(2.0, trim)).as("left mark on the top trim line").isTrue();
            assertThat(dark.apply(trim, 2.0)).as("top mark on the left trim line").isTrue();
            assertThat(dark.apply(6.0, trim + 1)).as("a millimetre below the mark").isFalse();
            assertThat(dark.apply(6.0, trim - 1)).as("a millimetre above the mark").isFalse();
            assertThat(dark.apply(8.5, trim)).as("the gap before the bleed").isFalse();
            assertThat(dark.apply(trim + 148 + 11, trim + 210)).as("right mark on the bottom trim line").isTrue();
        }
        // FOP's random XMP document and instance IDs are made from the file: the same book, the same bytes.
        assertThat(render(OFFSET, "offset-again")).hasSameBinaryContentAs(pdf);
    }

    @Test
    void anImageUnder300PpiOnThePrintPageIsWarnedAboutNamingItsColumnAndFile() {
        RecordingReporter own = new RecordingReporter();
        new PdfRenderer(TestBooks.options(Map.of(), own)).renderPrint(book, KDP, dir.resolve("kdp-images.pdf"), 1);
        // 600 pixels across the 4.5 in text width: about 133 ppi. The 2400-pixel photo keeps 300 ppi or more.
        assertThat(own.structured).filteredOn(w -> w.kind().contains("300 ppi")).singleElement().satisfies(w -> {
            assertThat(w.file().toString()).endsWith("a-eerste.md");
            assertThat(w.text()).contains("klein.jpg").containsPattern("prints at 1[23]\\d ppi in the print PDF for KDP");
        });
    }

    @Test
    void theCountIsPaddedToEvenOrToEvenWithABlankLastPageAndTheBlankPagesCarryNoFolio() throws IOException {
        List<Gutter> gutter = List.of(new Gutter(1, 0));
        int plain = pages(render(simple(PageCount.ANY, gutter), "any"));
        Path even = render(simple(PageCount.EVEN, gutter), "even");
        Path blankLast = render(simple(PageCount.EVEN_BLANK_LAST, gutter), "blank-last");
        assertThat(pages(even)).isEqualTo(plain + plain % 2);
        assertThat(pages(blankLast)).isEven().isGreaterThan(plain);
        List<String> evenTexts = Pdfs.pageTexts(even);
        List<String> blankTexts = Pdfs.pageTexts(blankLast);
        assertThat(blankTexts.get(blankTexts.size() - 1)).isBlank();
        if (plain % 2 == 1) {
            assertThat(evenTexts.get(evenTexts.size() - 1)).isBlank();
            assertThat(evenTexts.get(evenTexts.size() - 2)).contains("Kort.");
        }
        assertThat(blankTexts.subList(1, plain + 1)).isEqualTo(Pdfs.pageTexts(dir.resolve("any.pdf")).subList(1, plain + 1));
    }

    @Test
    void theBookIsLaidOutAgainWithAWiderGutterOnlyWhenItsPageCountFallsIntoAnotherStep() throws IOException {
        // A tiny table: from 4 pages on, 100 pt (35 mm, wider than the stylesheet's 19 mm) at the spine.
        List<Gutter> table = List.of(new Gutter(1, 10), new Gutter(4, 100));
        RecordingReporter own = new RecordingReporter();
        PdfRenderer fresh = new PdfRenderer(TestBooks.options(Map.of(), own));
        Path pdf = dir.resolve("gutter.pdf");
        int pages = fresh.renderPrint(book, simple(PageCount.ANY, table), pdf, 1);
        assertThat(own.infos).filteredOn(m -> m.contains("laid out again")).singleElement().asString()
                .containsPattern("Print PDF \\(test\\): \\d+ pages need an inner margin of at least 1.389 in \\(from 4"
                        + " pages on\\), not 0.139 in; laid out again.");
        for (var p : Pdfs.positions(pdf)) {
            // Nothing in the gutter: 100 pt from the left edge of a right-hand page, the right edge of a left-hand one.
            assertThat(p.getXDirAdj() >= 100 - 0.5 || p.getXDirAdj() + p.getWidthDirAdj() <= 6 * IN - 100 + 0.5)
                    .as("'%s' at x=%s", p.getUnicode(), p.getXDirAdj()).isTrue();
        }

        own.infos.clear();
        fresh.renderPrint(book, simple(PageCount.ANY, table), dir.resolve("gutter-known.pdf"), pages);
        assertThat(own.infos).noneMatch(m -> m.contains("laid out again"));
    }

    /** A 6 x 9 in layout without bleed, with the given page count rule and gutter table. */
    static PrintLayout simple(PageCount rule, List<Gutter> gutters) {
        return new PrintLayout("test", 6 * IN, 9 * IN, Bleed.none(), gutters, 0, 0, 0, false, false, Optional.empty(),
                true, false, false, Ink.GRAY, rule);
    }

    static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Pdfs.open(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /** A page box, its corner measured from the media box's lower left corner. */
    @Test
    void cropMarksWithBleedAtTheOutsideOnlyAreMirroredOnLeftHandPages() throws IOException {
        PrintLayout layout = new PrintLayout("marks", 6 * IN, 9 * IN, new Bleed(9, 9, 9, 0), List.of(new Gutter(1, 0)),
                0, 0, 0, true, false, Optional.empty(), true, false, false, Ink.GRAY, PageCount.ANY);
        Path pdf = render(layout, "marks");
        double room = (3 + 6 + 1) * MM; // gap, mark, a millimetre
        try (PDDocument doc = Pdfs.open(pdf)) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                boolean recto = i % 2 == 0;
                assertBox(page, page.getMediaBox(), 0, 0, 6 * IN + 9 + 2 * room, 9 * IN + 18 + 2 * room);
                assertBox(page, page.getTrimBox(), room + (recto ? 0 : 9), room + 9, 6 * IN, 9 * IN);
                assertBox(page, page.getBleedBox(), room + (recto ? 0 : 9) - (recto ? 0 : 9), room, 6 * IN + 9,
                        9 * IN + 18);
            }
        }
    }

    static void assertBox(PDPage page, PDRectangle box, double x, double y, double width, double height) {
        double tolerance = 0.01; // FOP writes millipoints
        PDRectangle media = page.getMediaBox();
        assertThat((double) box.getLowerLeftX() - media.getLowerLeftX()).isCloseTo(x, within(tolerance));
        assertThat((double) box.getLowerLeftY() - media.getLowerLeftY()).isCloseTo(y, within(tolerance));
        assertThat((double) box.getWidth()).isCloseTo(width, within(tolerance));
        assertThat((double) box.getHeight()).isCloseTo(height, within(tolerance));
    }

    static void assertFontsEmbedded(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    /** The colour-setting operators of every page's content and of the forms it draws. */
    static Set<String> colourOperators(PDDocument doc) throws IOException {
        Set<String> found = new TreeSet<>();
        for (PDPage page : doc.getPages()) {
            collect(page.getContentStreams(), page.getResources(), found);
        }
        found.retainAll(Set.of("g", "G", "rg", "RG", "k", "K", "sc", "SC", "scn", "SCN", "cs", "CS"));
        return found;
    }

    private static void collect(java.util.Iterator<PDStream> streams, PDResources resources, Set<String> found)
            throws IOException {
        while (streams.hasNext()) {
            PDStream stream = streams.next();
            PDFStreamParser parser = new PDFStreamParser(stream.toByteArray());
            for (Object token : parser.parse()) {
                if (token instanceof Operator op) {
                    found.add(op.getName());
                }
            }
        }
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xobject = resources.getXObject(name);
            if (xobject instanceof PDFormXObject form) {
                collect(List.of(form.getContentStream()).iterator(), form.getResources(), found);
            }
        }
    }
}
