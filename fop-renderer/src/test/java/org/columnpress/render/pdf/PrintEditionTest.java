package org.columnpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.InputException;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Book;
import org.columnpress.core.render.RenderedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A book with a print: section, rendered through the renderer SPI as the Maven goal does: the interior, the
 * cover for its page count and the preflight report, beside the screen PDF.
 */
class PrintEditionTest {

    private static final String YAML = "title: Maandagen\nsubtitle: Columns over werk\nauthor: Wim Aalbers\n"
            + "language: nl\npublisher: Uitgeverij De Kade\nidentifier: 978-90-12345-67-5\n";
    private static final String PARAGRAPH = "Wie op maandag het kantoor binnenloopt, ziet eerst de koffieautomaat"
            + " en dan pas de collega's. Dat zegt niets over de collega's en alles over de maandag. ";

    @TempDir
    Path dir;

    /** {@code columns} columns, each with the author's bio (with a link to his site, which paper prints as text). */
    private Book book(String print, int columns) {
        TestBooks.Folder folder = TestBooks.folder(dir.resolve("book"), YAML + print)
                .write("back-cover.md", "Twintig jaar columns over *werk*.\n");
        for (int i = 1; i <= columns; i++) {
            folder.write(String.format("columns/%02d.md", i), "---\ntitle: Maandag " + i + "\nbio: Wim Aalbers"
                    + " schrijft op [zijn site](https://example.org/) over werk.\n---\n\n"
                    + (PARAGRAPH.repeat(6) + "\n\n").repeat(5));
        }
        return folder.read();
    }

    private List<RenderedFile> render(Book book, Map<String, String> settings, RecordingReporter reporter)
            throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        return new PdfRendererFactory().create(TestBooks.options(settings, reporter)).render(book, out, "boek");
    }

    /** A column that opens with a photo from images/, then four paragraphs. */
    private static String photoColumn(String title, String image) {
        return "---\ntitle: " + title + "\n---\n\n![Een foto](../images/" + image + ")\n\n" + PARAGRAPH.repeat(4) + "\n";
    }

    /** The one warning about an image that prints under 300 ppi. */
    private static org.assertj.core.api.ObjectAssert<org.columnpress.core.Warning> theLowResolutionWarning(
            RecordingReporter reporter) {
        return assertThat(reporter.structured).filteredOn(w -> w.kind().contains("300 ppi")).singleElement();
    }

    @Test
    void aKdpPaperbackGetsItsInteriorCoverAndPreflightBesideTheScreenPdf() throws IOException {
        RecordingReporter reporter = new RecordingReporter();
        // A house style's coloured drop caps: RGB in the screen PDF, a gray in the black-ink interior.
        List<RenderedFile> files = render(book("print:\n  printer: kdp\n  trim: 6x9in\n  paper: cream\n"
                + "  back: back-cover.md\n", 14), Map.of("param.drop.cap", "3", "param.drop.cap.color", "#2f5d62"),
                reporter);

        assertThat(files).extracting(RenderedFile::role).containsExactly(RenderedFile.Role.BOOK,
                RenderedFile.Role.PRINT, RenderedFile.Role.COVER, RenderedFile.Role.PREFLIGHT);
        RenderedFile print = files.get(1);
        assertThat(print.path().getFileName()).hasToString("boek-print.pdf");
        int pages = print.pages();
        assertThat(pages).isGreaterThanOrEqualTo(24).isEven();
        try (PDDocument interior = Loader.loadPDF(print.path().toFile());
             PDDocument cover = Loader.loadPDF(files.get(2).path().toFile())) {
            assertThat(interior.getNumberOfPages()).isEqualTo(pages);
            PDPage recto = interior.getPage(0);
            assertThat(recto.getMediaBox().getWidth()).isCloseTo(441f, within(0.01f));
            assertThat(recto.getMediaBox().getHeight()).isCloseTo(666f, within(0.01f));
            assertThat(recto.getTrimBox().getWidth()).isCloseTo(432f, within(0.01f));
            // KDP's cover: 2 x 6 in + pages x 0.0025 in (cream) + 2 x 0.125 in; 9.25 in high.
            PDPage sheet = cover.getPage(0);
            assertThat(sheet.getMediaBox().getWidth() / 72.0).isCloseTo(12.25 + pages * 0.0025, within(0.01));
            assertThat(sheet.getMediaBox().getHeight() / 72.0).isCloseTo(9.25, within(0.01));
        }
        String report = Files.readString(files.get(3).path());
        assertThat(report).contains("Amazon KDP, 6x9in paperback, cream paper").doesNotContain("FAIL")
                .containsPattern("Text colour +\\| no RGB text");
        assertThat(reporter.infos).anyMatch(line -> line.startsWith("Preflight (Amazon KDP")
                && line.contains("0 failed"));
    }

    @Test
    void aColourPaperbackForKdpKeepsItsColoursInSrgbAndPasses() throws IOException {
        RecordingReporter reporter = new RecordingReporter();
        List<RenderedFile> files = render(book("print:\n  printer: kdp\n  trim: 6x9in\n  paper: colour\n"
                + "  back: back-cover.md\n", 14), Map.of("param.drop.cap", "3", "param.drop.cap.color", "#2f5d62"),
                reporter);

        // KDP converts sRGB itself: the colour stays as the designer chose it, and the check says so.
        assertThat(Files.readString(files.get(3).path())).doesNotContain("FAIL")
                .containsPattern("Text colour +\\| RGB text: \\d+ operators? on pages? [^|]+\\| sRGB, DeviceGray or CMYK"
                        + " \\(colour pages\\) +\\| PASS");
    }

    @Test
    void anImageTooSmallForPrintIsWarnedAboutAtItsColumnAndTheReportCountsEveryImage() throws IOException {
        RecordingReporter reporter = new RecordingReporter();
        Book book = TestBooks.folder(dir.resolve("book"), YAML + "print:\n  printer: kdp\n  trim: 6x9in\n")
                .photo("images/klein.jpg", 600, 400, "jpg")
                .photo("images/groot.jpg", 2400, 1600, "jpg")
                .write("columns/01.md", photoColumn("Klein", "klein.jpg"))
                .write("columns/02.md", photoColumn("Groot", "groot.jpg"))
                .read();
        List<RenderedFile> files = render(book, Map.of("fail-on-preflight", "false"), reporter);

        // 600 pixels across the 4.5 in text width: about 133 ppi. The 2400-pixel photo keeps 300 ppi or more.
        theLowResolutionWarning(reporter).satisfies(w -> {
            assertThat(w.file().toString()).endsWith("01.md");
            assertThat(w.text()).contains("images/klein.jpg").containsPattern("prints at 1[23]\\d ppi in the print PDF");
        });
        assertThat(Files.readString(files.get(3).path())).containsPattern("Image resolution +\\| 2 images, lowest 1[23]\\d ppi");
        // the log names the image once, with its column; the report's count stays in the report
        assertThat(reporter.structured).noneSatisfy(w -> assertThat(w.text()).contains("Image resolution WARN"));
        assertThat(reporter.warnings).noneSatisfy(w -> assertThat(w).contains("Image resolution WARN"));
    }

    @Test
    void anAboutTheAuthorPhotoTooSmallForPrintIsWarnedAboutAtItsPage() throws IOException {
        RecordingReporter reporter = new RecordingReporter();
        Book book = TestBooks.folder(dir.resolve("photo"), YAML + "print:\n  printer: kdp\n  trim: 6x9in\n")
                .photo("images/wim.jpg", 120, 150, "jpg")
                .photo("images/groot.jpg", 2400, 1600, "jpg")
                .write("columns/01.md", photoColumn("Groot", "groot.jpg"))
                .write("back/about.md", "---\nkind: about-the-author\nphoto: ../images/wim.jpg\n---\nWim schrijft.\n")
                .read();
        List<RenderedFile> files = render(book, Map.of("fail-on-preflight", "false"), reporter);

        theLowResolutionWarning(reporter).satisfies(w -> {
            assertThat(w.file().toString()).endsWith("about.md");
            assertThat(w.text()).contains("images/wim.jpg").containsPattern("prints at \\d+ ppi in the print PDF");
        });
        assertThat(Files.readString(files.get(3).path())).containsPattern("Image resolution +\\| 2 images, lowest \\d+ ppi");
    }

    @Test
    void aBookThickEnoughGetsTitleAndAuthorOnTheSpineClearOfTheFolds() throws IOException {
        List<RenderedFile> files = render(book("print:\n  printer: kdp\n  trim: 6x9in\n  paper: cream\n", 40),
                Map.of(), new RecordingReporter());

        assertThat(files.get(1).pages()).isGreaterThan(100);
        // The preflight measures the letters' ink on the spine, not the font's ascent and descent.
        assertThat(Files.readString(files.get(3).path())).containsPattern("Spine text +\\| \\d+ glyphs, [0-9.]+ in from a fold")
                .doesNotContain("FAIL");
    }

    @Test
    void anOffsetEditionIsPdfxInsideAndOutWithTheIsbnBarcodeOnTheBack() throws IOException {
        List<RenderedFile> files = render(book("print:\n  printer: offset\n  trim: 148x210mm\n"
                + "  back: back-cover.md\n  price: \"EUR 19,95\"\n", 16), Map.of(), new RecordingReporter());

        for (RenderedFile pdf : files.subList(1, 3)) {
            try (PDDocument document = Loader.loadPDF(pdf.path().toFile())) {
                assertThat(document.getDocumentCatalog().getOutputIntents()).as(pdf.path().getFileName().toString())
                        .singleElement().satisfies(intent -> assertThat(intent.getCOSObject()
                                .getNameAsString(org.apache.pdfbox.cos.COSName.S)).isEqualTo("GTS_PDFX"));
                assertThat(document.getDocumentInformation().getCustomMetadataValue("GTS_PDFXVersion"))
                        .isEqualTo("PDF/X-4");
            }
        }
        String report = Files.readString(files.get(3).path());
        assertThat(report).contains("9789012345675").doesNotContain("FAIL");
    }

    @Test
    void aBookTooShortForThePrinterFailsNamingTheCheckAndWhatToDo() {
        Throwable failure = catchThrowable(() -> render(book("print:\n  printer: kdp\n  trim: 6x9in\n", 1),
                Map.of(), new RecordingReporter()));

        assertThat(failure).isInstanceOf(ColumnpressException.class)
                .hasMessageContaining("fails 1 preflight check").hasMessageContaining("boek-print.pdf: Page count FAIL")
                .hasMessageContaining("24").hasMessageContaining("-Dcolumnpress.failOnPreflight=false");
    }

    @Test
    void withoutFailOnPreflightATooShortBookStillGetsItsFilesAndTheReportSaysWhy() throws IOException {
        List<RenderedFile> files = render(book("print:\n  printer: kdp\n  trim: 6x9in\n", 1),
                Map.of("fail-on-preflight", "false"), new RecordingReporter());

        assertThat(Files.readString(files.get(3).path())).contains("Page count").contains("FAIL");
    }

    @Test
    void aBlurbTooLongForTheBackIsAnErrorAtBookYamlsBackLine() {
        TestBooks.folder(dir.resolve("book")).write("long.md", (PARAGRAPH.repeat(8) + "\n\n").repeat(12));
        Book book = book("print:\n  printer: kdp\n  trim: 6x9in\n  back: long.md\n", 14);

        Throwable failure = catchThrowable(() -> render(book, Map.of(), new RecordingReporter()));

        assertThat(failure).isInstanceOf(InputException.class).hasMessageContaining("book.yaml:10:")
                .hasMessageContaining("mm too long for the back panel");
    }
}
