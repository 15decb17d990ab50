package org.columnpress.render.pdf;

import org.columnpress.core.publish.RecordingReporter;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.columnpress.core.render.RenderedFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF checks the book PDF as PDF/A-2b, and with pdfua=true also as PDF/UA-1. */
class PdfValidationTest {

    @TempDir
    static Path out;

    @BeforeAll
    static void initialise() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void theDefaultBookIsValidPdfA2b() throws Exception {
        Path pdf = render(Map.of(), "default");
        assertThat(failures(pdf, "2b")).isEmpty();
    }

    @Test
    void withPdfUaOnTheBookIsValidPdfUa1AndStillPdfA2b() throws Exception {
        Path pdf = render(Map.of("pdfua", "true", "columns", "true"), "ua");
        assertThat(failures(pdf, "ua1")).isEmpty();
        assertThat(failures(pdf, "2b")).isEmpty();
        assertThat(failures(out.resolve("ua/columns/001_respect.pdf"), "ua1")).isEmpty();
    }

    @Test
    void bleedAndCropMarksKeepItPdfA2b() throws Exception {
        Path pdf = render(Map.of("bleed", "3mm", "crop-marks", "true"), "bleed");
        assertThat(failures(pdf, "2b")).isEmpty();
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

    private static List<String> failures(Path pdf, String flavourName) throws Exception {
        PDFAFlavour flavour = PDFAFlavour.fromString(flavourName);
        try (InputStream in = Files.newInputStream(pdf);
                PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
        }
    }
}
