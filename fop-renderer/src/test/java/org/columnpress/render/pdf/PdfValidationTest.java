package org.columnpress.render.pdf;

import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.columnpress.core.render.RenderedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** veraPDF checks the book PDF as PDF/A-2b, and with pdfua=true also as PDF/UA-1. */
class PdfValidationTest {

    @TempDir
    static Path out;

    @Test
    void theDefaultBookIsValidPdfA2b() throws Exception {
        Path pdf = render(Map.of(), "default");
        assertThat(PdfValidator.failures(pdf, "2b")).isEmpty();
    }

    @Test
    void withPdfUaOnTheBookIsValidPdfUa1AndStillPdfA2b() throws Exception {
        Path pdf = render(Map.of("pdfua", "true", "columns", "true"), "ua");
        assertThat(PdfValidator.failures(pdf, "ua1")).isEmpty();
        assertThat(PdfValidator.failures(pdf, "2b")).isEmpty();
        assertThat(PdfValidator.failures(out.resolve("ua/columns/001_respect.pdf"), "ua1")).isEmpty();
    }

    @Test
    void bleedAndCropMarksKeepItPdfA2b() throws Exception {
        Path pdf = render(Map.of("bleed", "3mm", "crop-marks", "true"), "bleed");
        assertThat(PdfValidator.failures(pdf, "2b")).isEmpty();
        try (var doc = Pdfs.open(pdf)) {
            var page = doc.getPage(0);
            assertThat(page.getTrimBox().getWidth()).isCloseTo(148 / 25.4f * 72, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(page.getBleedBox().getWidth()).isCloseTo(154 / 25.4f * 72, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getBleedBox().getWidth());
        }
    }

    private static Path render(Map<String, String> settings, String folder) throws Exception {
        Path dir = Files.createDirectories(out.resolve(folder));
        List<RenderedFile> files = new PdfRendererFactory()
                .create(TestBooks.options(settings, new RecordingReporter()))
                .render(PdfBookTest.threeColumnBook(), dir, "boek");
        return files.get(0).path();
    }
}
