package org.columnpress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.columnpress.core.InputException;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.render.RenderOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The full-wrap cover, read back as a printer and a bookshop scanner would. */
class CoverRendererTest {

    private static final String TITLE = "Het ambacht van de ondernemer";
    private static final Book BOOK = CoverBooks.book(TITLE, "urn:isbn:" + CoverBooks.ISBN);
    private static final CoverText TEXT = new CoverText(CoverBooks.blurb(), Optional.empty(), CoverBooks.bio(),
            Optional.of("USD 19.95"));
    private static CoverRenderer renderer;
    private static final RecordingReporter REPORTER = new RecordingReporter();

    @TempDir
    static Path dir;

    @BeforeAll
    static void renderer() {
        renderer = new CoverRenderer(new RenderOptions(Map.of(), dir, TestBooks.TIMESTAMP, REPORTER),
                Optional.empty());
    }

    @ParameterizedTest(name = "{0} pages")
    @CsvSource({"120, 12.52", "250, 12.81", "400, 13.15"})
    void thePageIsAsLargeAsKdpsCoverCalculatorSays(int pages, double inches) throws IOException {
        Path pdf = render(BOOK, CoverLayouts.kdp6x9White(pages), TEXT, "kdp-" + pages + ".pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDPage page = doc.getPage(0);
            assertThat(page.getMediaBox().getWidth() / 72.0).isCloseTo(inches, within(0.01));
            assertThat(page.getMediaBox().getHeight() / 72.0).isCloseTo(9.25, within(0.01));
            assertThat(page.getBleedBox().getWidth()).isCloseTo(page.getMediaBox().getWidth(), within(0.01f));
            // The trim: the book's two covers and its spine, without the 0.125 in bleed all round.
            assertThat(page.getTrimBox().getWidth() / 72.0).isCloseTo(inches - 0.25, within(0.01));
            assertThat(page.getTrimBox().getHeight() / 72.0).isCloseTo(9.0, within(0.01));
        }
        assertThat(REPORTER.warnings).noneMatch(warning -> warning.contains("[kdp-" + pages + ".pdf]"));
    }

    @Test
    void everyLineOfTextKeepsThePrintersSafeZoneAndTheBarcodeBoxFree() throws IOException {
        CoverLayout layout = CoverLayouts.kdp6x9White(250);
        Path pdf = render(BOOK, layout, TEXT, "safe.pdf");
        CoverLayout.Barcode box = layout.barcode();
        double boxLeft = layout.backWidth() - box.fromSpine() - box.width();
        double boxTop = layout.trimHeight() - box.fromBottom() - box.height();
        List<TextPosition> glyphs = glyphs(pdf);
        assertThat(glyphs).hasSizeGreaterThan(300);
        for (TextPosition glyph : glyphs) {
            if (glyph.getDir() != 0 || glyph.getUnicode().isBlank()) {
                continue; // the spine's, checked by its own test
            }
            // From the trim's top left corner, as cover.xsl places things.
            double left = glyph.getXDirAdj() - layout.bleed();
            double right = left + glyph.getWidthDirAdj();
            double baseline = glyph.getYDirAdj() - layout.bleed();
            double top = baseline - glyph.getHeightDir();
            boolean onBack = right <= layout.backWidth();
            double panelLeft = onBack ? 0 : layout.backWidth() + layout.spineWidth();
            double panelRight = onBack ? layout.backWidth() : layout.width() - 2 * layout.bleed();
            assertThat(left).as(glyph.getUnicode()).isGreaterThanOrEqualTo(panelLeft + layout.safety());
            assertThat(right).as(glyph.getUnicode()).isLessThanOrEqualTo(panelRight - layout.safety());
            assertThat(top).as(glyph.getUnicode()).isGreaterThanOrEqualTo(layout.safety());
            assertThat(baseline).as(glyph.getUnicode()).isLessThanOrEqualTo(layout.trimHeight() - layout.safety());
            boolean inBox = right > boxLeft && left < boxLeft + box.width() && baseline > boxTop
                    && top < boxTop + box.height();
            assertThat(inBox).as("'" + glyph.getUnicode() + "' in the barcode box").isFalse();
        }
    }

    @Test
    void aUserStylesheetImportsOursAndChangesItsColours() throws IOException {
        Path sheet = dir.resolve("my-cover.xsl");
        Files.writeString(sheet, """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                  <xsl:import href="https://columnpress.org/xsl/fo/cover.xsl"/>
                  <xsl:param name="cover.background.color" select="'cmyk(0,0,0,0)'"/>
                  <xsl:param name="cover.text.color" select="'cmyk(0,0,0,1)'"/>
                </xsl:stylesheet>
                """);
        CoverRenderer own = new CoverRenderer(new RenderOptions(Map.of("param.cover.title.font.size", "30pt"), dir,
                TestBooks.TIMESTAMP, new RecordingReporter()), Optional.of(sheet));
        Path pdf = dir.resolve("user.pdf");
        own.render(BOOK, CoverLayouts.kdp6x9White(250), TEXT, pdf);
        BufferedImage page = renderPage(pdf, 36);
        assertThat(page.getRGB(5, 5) & 0xffffff).isEqualTo(0xffffff);
        assertThat(glyphs(pdf)).filteredOn(glyph -> glyph.getUnicode().equals("H") && glyph.getDir() == 0)
                .anySatisfy(glyph -> assertThat(glyph.getFontSizeInPt()).isCloseTo(30f, within(0.1f)));
    }

    @Test
    void aPrintedBarcodeNeedsAnIsbn() {
        Book noIsbn = CoverBooks.book(TITLE, "urn:uuid:7d3f0a52-6a0e-4a8b-9c1e-5b3c2d1e0f42");
        assertThatThrownBy(() -> render(noIsbn, CoverLayouts.printedBarcode(250, true), TEXT, "no-isbn.pdf"))
                .hasMessageContaining("urn:uuid:7d3f0a52").hasMessageContaining("not an ISBN");
        assertThat(dir.resolve("no-isbn.pdf")).doesNotExist();
    }

    @Test
    void theSpineCarriesTitleAndAuthorReadingTopToBottomOnlyWhenThePrinterAllowsIt() throws IOException {
        CoverLayout thick = CoverLayouts.kdp6x9White(120);
        CoverLayout thin = CoverLayouts.kdp6x9White(78);
        assertThat(thick.spineText()).isTrue();
        assertThat(thin.spineText()).isFalse();

        List<TextPosition> onSpine = spineGlyphs(render(BOOK, thick, TEXT, "spine-120.pdf"), thick);
        String text = join(onSpine);
        assertThat(text).contains("Het ambacht").contains("Wim Aalbers");
        // Rotated a quarter turn clockwise: each next glyph lies lower on the page, in one column.
        assertThat(onSpine).allSatisfy(glyph -> assertThat(glyph.getDir()).isEqualTo(270f));
        double firstY = onSpine.get(0).getTextMatrix().getTranslateY();
        double lastY = onSpine.get(onSpine.size() - 1).getTextMatrix().getTranslateY();
        assertThat(firstY).isGreaterThan(lastY + 100);

        assertThat(spineGlyphs(render(BOOK, thin, TEXT, "spine-78.pdf"), thin)).isEmpty();
    }

    @Test
    void theSpineReadsBottomToTopWhenTheStylesheetSaysUp() throws IOException {
        CoverRenderer up = new CoverRenderer(new RenderOptions(Map.of("param.cover.spine.reads", "up"), dir,
                TestBooks.TIMESTAMP, new RecordingReporter()), Optional.empty());
        CoverLayout layout = CoverLayouts.kdp6x9White(250);
        Path pdf = dir.resolve("spine-up.pdf");
        up.render(BOOK, layout, TEXT, pdf);
        List<TextPosition> onSpine = spineGlyphs(pdf, layout);
        assertThat(join(onSpine)).contains("Het ambacht");
        assertThat(onSpine).allSatisfy(glyph -> assertThat(glyph.getDir()).isEqualTo(90f));
        assertThat(onSpine.get(0).getTextMatrix().getTranslateY())
                .isLessThan(onSpine.get(onSpine.size() - 1).getTextMatrix().getTranslateY() - 100);
    }

    @Test
    void aSpineAllowedTextButTooThinForSixPointTypeIsLeftBlankWithANote() throws IOException {
        CoverLayout allowed = CoverLayouts.kdp6x9White(80); // 0.18 in: 3 pt type would fit between the margins
        assertThat(allowed.spineText()).isTrue();
        assertThat(spineGlyphs(render(BOOK, allowed, TEXT, "spine-80.pdf"), allowed)).isEmpty();
        assertThat(REPORTER.infos).anyMatch(info -> info.contains("spine (0.18 in) is too thin"));
    }

    @Test
    void theSpineFontFitsBetweenTheSafetyMargins() {
        CoverLayout thick = CoverLayouts.kdp6x9White(400);
        CoverLayout thin = CoverLayouts.kdp6x9White(120);
        java.awt.Font bold = SpineText.face(new FontSetup(List.of()));
        double big = SpineText.fontSize(BOOK, thick, bold);
        double small = SpineText.fontSize(BOOK, thin, bold);
        assertThat(big).isEqualTo(SpineText.MAX);
        assertThat(small * 1.3).isLessThanOrEqualTo(thin.spineWidth() - 2 * thin.spineSafety() + 0.01);
        assertThat(small).isGreaterThan(7);
    }

    @Test
    void ourBarcodeDecodesToTheIsbnAndThePriceAddOn() throws Exception {
        CoverLayout layout = CoverLayouts.printedBarcode(250, true);
        Result result = decode(render(BOOK, layout, TEXT, "barcode-addon.pdf"), layout, true);
        assertThat(result.getBarcodeFormat()).isEqualTo(BarcodeFormat.EAN_13);
        assertThat(result.getText()).isEqualTo(CoverBooks.ISBN);
        assertThat(result.getResultMetadata()).containsEntry(ResultMetadataType.UPC_EAN_EXTENSION, "51995");
    }

    @Test
    void withoutAddOnTheBarcodeDecodesToTheIsbnAlone() throws Exception {
        CoverLayout layout = CoverLayouts.printedBarcode(250, false);
        // An ISBN-10 identifier is printed as its ISBN-13.
        Book isbn10 = CoverBooks.book(TITLE, "urn:isbn:0306406152");
        Path pdf = render(isbn10, layout, TEXT, "barcode.pdf");
        Result result = decode(pdf, layout, false);
        assertThat(result.getText()).isEqualTo("9780306406157");
        assertThat(result.getResultMetadata()).doesNotContainKey(ResultMetadataType.UPC_EAN_EXTENSION);
        assertThat(text(pdf)).contains("ISBN 9780306406157");
    }

    @Test
    void aKdpCoverLeavesTheBarcodeBoxToThePrinter() throws Exception {
        CoverLayout layout = CoverLayouts.kdp6x9White(250);
        Path pdf = render(BOOK, layout, TEXT, "kdp-box.pdf");
        assertThat(text(pdf)).doesNotContain("ISBN");
        assertThatThrownBy(() -> decode(pdf, layout, false)).isInstanceOf(com.google.zxing.NotFoundException.class);
    }

    @Test
    void textRulesAndBarcodeUseCmykOrGreyNeverRgb() throws IOException {
        Path pdf = render(BOOK, CoverLayouts.printedBarcode(250, true), TEXT, "colours.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> operators = operators(doc.getPage(0));
            assertThat(operators).contains("k").doesNotContain("rg", "RG");
            // No colour space may be set to RGB for fills or strokes either.
            for (COSName name : doc.getPage(0).getResources().getColorSpaceNames()) {
                assertThat(doc.getPage(0).getResources().getColorSpace(name).getName()).isNotEqualTo("DeviceRGB");
            }
        }
    }

    @Test
    void aBlurbTooLongForTheBackIsAnErrorSayingByHowMuchAndWhereToShortenIt() throws IOException {
        List<Block> blurb = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            blurb.addAll(CoverBooks.blurb());
        }
        Path file = dir.resolve("back-cover.md");
        CoverText tooLong = new CoverText(blurb, Optional.of(file), CoverBooks.bio(), Optional.empty());
        Path pdf = dir.resolve("too-long.pdf");
        assertThatThrownBy(() -> renderer.render(BOOK, CoverLayouts.kdp6x9White(250), tooLong, pdf))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("back-cover.md")
                .hasMessageMatching("(?s).*is \\d+\\.\\d mm too long for the back panel \\(about \\d+ lines\\).*")
                .hasMessageContaining("Shorten the blurb in back-cover.md");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void theCoverImageFillsTheFrontAndItsBleedAndALowResolutionOneIsWarnedAbout() throws IOException {
        Path image = dir.resolve("cover.png");
        BufferedImage red = new BufferedImage(600, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = red.createGraphics();
        g.setColor(new Color(200, 30, 40));
        g.fillRect(0, 0, 600, 1000);
        g.dispose();
        ImageIO.write(red, "png", image.toFile());
        CoverLayout layout = CoverLayouts.kdp6x9White(250);
        RecordingReporter reporter = new RecordingReporter();
        CoverRenderer own = new CoverRenderer(new RenderOptions(Map.of(), dir, TestBooks.TIMESTAMP, reporter),
                Optional.empty());
        Path pdf = dir.resolve("image.pdf");
        own.render(CoverBooks.withCover(BOOK, image), layout, TEXT, pdf);

        assertThat(reporter.structured).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo("cover images under 300 ppi");
            assertThat(w.file()).isEqualTo(image);
            assertThat(w.text()).contains("600 x 1000 pixels").contains("prints at 98 ppi");
        });
        BufferedImage page = renderPage(pdf, 36);
        double scale = 36 / 72.0;
        int y = page.getHeight() / 2;
        // Inside the front, and in its outer bleed: the image. On the back: the cover's own colour.
        assertThat(new Color(page.getRGB((int) ((layout.frontLeft() + 20) * scale), y)).getRed()).isGreaterThan(150);
        assertThat(new Color(page.getRGB(page.getWidth() - 2, 2)).getRed()).isGreaterThan(150);
        assertThat(new Color(page.getRGB(20, y)).getRed()).isLessThan(100);
        assertThat(text(pdf)).doesNotContain("WIM AALBERS"); // no typographic front over the image
    }

    @Test
    void theFrontAloneBecomesAPngForTheEpub() throws IOException {
        CoverLayout layout = CoverLayouts.kdp6x9White(250);
        Path pdf = render(BOOK, layout, TEXT, "front.pdf");
        Path png = dir.resolve("front.png");
        CoverFront.png(pdf, layout, 1600, png);
        BufferedImage front = ImageIO.read(png.toFile());
        assertThat(front.getHeight()).isEqualTo(1600);
        assertThat(front.getWidth()).isBetween(1065, 1068); // 6 x 9 in
        // Only the front is painted: its pixels are those of the whole sheet rendered, from the front's corner.
        float scale = (float) (1600 / layout.trimHeight());
        BufferedImage sheet;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            sheet = new PDFRenderer(doc).renderImage(0, scale, ImageType.RGB);
        }
        int x0 = (int) Math.round(layout.frontLeft() * scale);
        int y0 = (int) Math.round(layout.bleed() * scale);
        int differ = 0;
        int inked = 0;
        for (int y = 0; y < front.getHeight(); y++) {
            for (int x = 0; x < front.getWidth(); x++) {
                Color a = new Color(front.getRGB(x, y));
                Color b = new Color(sheet.getRGB(x0 + x, y0 + y));
                int delta = Math.max(Math.abs(a.getRed() - b.getRed()), Math.max(Math.abs(a.getGreen() - b.getGreen()),
                        Math.abs(a.getBlue() - b.getBlue())));
                differ += delta > 8 ? 1 : 0;
                inked += b.getRed() < 128 ? 1 : 0;
            }
        }
        assertThat(inked).as("the front's dark pixels (its title)").isGreaterThan(1000);
        assertThat(differ).as("pixels unlike the whole sheet's").isLessThan(front.getWidth() * front.getHeight() / 1000);
    }

    @Test
    void theSameBookGivesTheSameBytes() throws IOException {
        CoverLayout layout = CoverLayouts.printedBarcode(250, true);
        Path one = render(BOOK, layout, TEXT, "one.pdf");
        Path two = render(BOOK, layout, TEXT, "two.pdf");
        assertThat(Files.readAllBytes(one)).isEqualTo(Files.readAllBytes(two));
    }

    private static Path render(Book book, CoverLayout layout, CoverText text, String name) {
        Path pdf = dir.resolve(name);
        renderer.render(book, layout, text, pdf);
        return pdf;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The glyphs whose origin lies between the spine's folds, in reading order. */
    private static List<TextPosition> spineGlyphs(Path pdf, CoverLayout layout) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDRectangle media = doc.getPage(0).getMediaBox();
            double left = media.getLowerLeftX() + layout.bleed() + layout.backWidth();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    double x = text.getTextMatrix().getTranslateX();
                    if (x > left && x < left + layout.spineWidth()) {
                        glyphs.add(text);
                    }
                }
            };
            stripper.getText(doc);
        }
        return glyphs;
    }

    private static List<TextPosition> glyphs(Path pdf) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.add(text);
                }
            };
            stripper.getText(doc);
        }
        return glyphs;
    }

    private static String join(List<TextPosition> glyphs) {
        StringBuilder text = new StringBuilder();
        glyphs.forEach(glyph -> text.append(glyph.getUnicode()));
        return text.toString();
    }

    private static List<String> operators(PDPage page) throws IOException {
        List<String> names = new ArrayList<>();
        for (Object token : new PDFStreamParser(page).parse()) {
            if (token instanceof Operator operator) {
                names.add(operator.getName());
            }
        }
        return names;
    }

    private static BufferedImage renderPage(Path pdf, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFRenderer(doc).renderImageWithDPI(0, dpi, ImageType.RGB);
        }
    }

    /** Renders the page at 300 dpi, as the issue asks, and reads the barcode box alone with ZXing. */
    private static Result decode(Path pdf, CoverLayout layout, boolean addOn) throws Exception {
        BufferedImage page = renderPage(pdf, 300);
        double scale = 300 / 72.0;
        CoverLayout.Barcode box = layout.barcode();
        double left = layout.bleed() + layout.backWidth() - box.fromSpine() - box.width() - 18;
        double top = layout.height() - layout.bleed() - box.fromBottom() - box.height() - 18;
        BufferedImage area = page.getSubimage((int) (left * scale), (int) (top * scale),
                (int) ((box.width() + 36) * scale), (int) ((box.height() + 36) * scale));
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.EAN_13));
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        if (addOn) {
            // Only when an add-on must be there: with this hint a barcode without one is not found at all.
            hints.put(DecodeHintType.ALLOWED_EAN_EXTENSIONS, new int[] {5});
        }
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(area))), hints);
    }
}
