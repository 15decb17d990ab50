package org.columnpress.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;


import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.columnpress.core.model.Column;
import org.columnpress.core.publish.PublishRequest;
import org.columnpress.core.publish.PublishResult;
import org.columnpress.core.publish.Publisher;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.read.BookDefaults;
import org.columnpress.core.render.RenderedFile;
import org.columnpress.core.render.Renderers;
import org.columnpress.render.epub.EpubChecker;
import org.columnpress.render.pdf.PdfValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example book users look at first (examples/columns-of-the-week), built by the real publisher
 * with its own stylesheet: its EPUB must pass epubcheck cleanly, its PDF must pass veraPDF as the
 * PDF/A-2b it claims to be and hold every column.
 */
class ExampleBookTest {

    private static final Path PROJECT = Path.of("../examples/columns-of-the-week").toAbsolutePath().normalize();

    @TempDir
    static Path out;

    static PublishResult result;
    static final RecordingReporter reporter = new RecordingReporter();

    @BeforeAll
    static void publishTheExampleBook() {
        PublishRequest request = new PublishRequest(PROJECT.resolve("src/book"), out, "example",
                List.of("pdf", "epub"), Map.of("pdf.stylesheet", "src/book/style/book.xsl"), PROJECT,
                Instant.parse("2026-11-26T00:00:00Z"), BookDefaults.none());
        result = new Publisher(Renderers.discover(ExampleBookTest.class.getClassLoader()), reporter)
                .publish(request);
    }

    @Test
    void itBuildsWithoutWarnings() {
        assertThat(reporter.warnings).isEmpty();
    }

    @Test
    void itsEpubPassesEpubcheckWithoutErrorsOrWarnings() {
        assertThat(EpubChecker.problems(out.resolve("example.epub"))).isEmpty();
    }

    @Test
    void itsPdfIsValidPdfA2bAsItClaims() throws Exception {
        assertThat(PdfValidator.failures(out.resolve("example.pdf"), "2b")).isEmpty();
    }

    @Test
    void itsPdfHoldsEveryColumnOnEmbeddedFontsInTheBooksTrimSize() throws IOException {
        RenderedFile pdf = result.outputs().get(0).files().get(0);
        assertThat(pdf.path()).isEqualTo(out.resolve("example.pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf.path().toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(pdf.pages()).isGreaterThan(10);
            PDPage first = doc.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isBetween(419f, 421f); // A5: 148 mm
            String text = new PDFTextStripper().getText(doc);
            for (Column column : result.book().columns()) {
                assertThat(text).contains(column.title());
            }
            assertThat(text).contains("© Wim Aalbers 2009", "Inhoud", "Verantwoording");
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
        assertThat(Files.size(out.resolve("example.epub"))).isGreaterThan(10_000);
    }

    @Test
    void theLeftHandRunningHeadsOfAColumnNameItsAuthor() throws IOException {
        try (PDDocument doc = Loader.loadPDF(out.resolve("example.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> titles = result.book().columns().stream().map(Column::title).toList();
            int heads = 0;
            boolean inColumns = false;
            for (int page = 2; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String first = stripper.getText(doc).lines().findFirst().orElse("").strip();
                inColumns = inColumns && !first.equals("Verantwoording") || titles.contains(first);
                // Columns start on the next page, left or right (column.start page): every left-hand page that
                // continues a column, not one that opens it, names the column's author at its head.
                if (inColumns && page % 2 == 0 && !first.isEmpty() && !titles.contains(first)) {
                    assertThat(first).as("the head of page %d", page)
                            .isIn("Wim Aalbers", "Marieke Dekker", "Thomas Hale");
                    heads++;
                }
            }
            assertThat(heads).isGreaterThanOrEqualTo(2);
        }
    }

    /** Its book.xsl redefines two attribute sets: the sizes it asks for are the sizes printed. */
    @Test
    void itsPdfPrintsTheTitleSizesItsStylesheetAsksFor() throws IOException {
        assertThat(sizeOf(out.resolve("example.pdf"), "Kolommen")).isEqualTo(28f); // "Kolommen / van de week"
        assertThat(sizeOf(out.resolve("example.pdf"), "De trein van zeven over acht")).isEqualTo(21f);
    }

    /** The largest size of the first character of a line that begins with {@code text}. */
    private static float sizeOf(Path pdf, String text) throws IOException {
        List<Float> sizes = new java.util.ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String line, List<org.apache.pdfbox.text.TextPosition> positions)
                    throws IOException {
                if (line.startsWith(text) && !positions.isEmpty()) {
                    sizes.add(positions.get(0).getFontSizeInPt());
                }
                super.writeString(line, positions);
            }
        };
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            stripper.getText(doc);
        }
        assertThat(sizes).as("a line beginning '" + text + "' in " + pdf).isNotEmpty();
        return java.util.Collections.max(sizes);
    }
}
