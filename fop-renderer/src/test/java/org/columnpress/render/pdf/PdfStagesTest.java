package org.columnpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Book;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stages the benchmark times make what the renderer makes, with the same FOP and XSLT setup. */
class PdfStagesTest {

    @TempDir
    Path dir;

    @Test
    void fopAloneOnTheStagesFoMakesTheRenderersPagesWithTheSameUserAgent() throws Exception {
        Book book = book();
        PdfStages stages = new PdfStages(TestBooks.options(Map.of(), new RecordingReporter()));
        stages.writeXml(book, dir.resolve("book.xml"));
        stages.writeFo(dir.resolve("book.xml"), dir.resolve("book.fo"));
        int pages = stages.fopAlone(dir.resolve("book.fo"), dir.resolve("alone.pdf"));
        Path rendered = new PdfRendererFactory().create(TestBooks.options(Map.of(), new RecordingReporter()))
                .render(book, Files.createDirectories(dir.resolve("out")), "book").get(0).path();

        try (PDDocument alone = Loader.loadPDF(dir.resolve("alone.pdf").toFile());
                PDDocument renderer = Loader.loadPDF(rendered.toFile())) {
            assertThat(pages).isEqualTo(alone.getNumberOfPages()).isEqualTo(renderer.getNumberOfPages());
            assertThat(alone.getDocumentInformation().getProducer())
                    .isEqualTo(renderer.getDocumentInformation().getProducer()).startsWith("Columnpress");
            assertThat(alone.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
            assertThat(new PDFTextStripper().getText(alone)).contains("Respect verdienen");
        }
    }

    @Test
    void aStylesheetThatLoadsADocumentWhileTransformingFailsAsInABuild() throws Exception {
        Files.writeString(dir.resolve("data.xsl"), "<data>geheim</data>");
        Path xsl = Files.writeString(dir.resolve("reads.xsl"), """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                    xmlns:fo="http://www.w3.org/1999/XSL/Format">
                  <xsl:import href="https://columnpress.org/xsl/fo/columnpress.xsl"/>
                  <xsl:template name="dateline"><fo:block><xsl:value-of select="document('data.xsl')"/></fo:block></xsl:template>
                </xsl:stylesheet>
                """);
        Map<String, String> settings = Map.of("stylesheet", xsl.toString());
        PdfStages stages = new PdfStages(TestBooks.options(settings, new RecordingReporter()));
        stages.writeXml(book(), dir.resolve("book.xml"));

        assertThatThrownBy(() -> stages.writeFo(dir.resolve("book.xml"), dir.resolve("book.fo")))
                .isInstanceOf(ColumnpressException.class).hasMessageContaining("data.xsl");
        assertThat(dir.resolve("book.fo")).content().doesNotContain("geheim");
        assertThatThrownBy(() -> new PdfRendererFactory().create(TestBooks.options(settings, new RecordingReporter()))
                .render(book(), Files.createDirectories(dir.resolve("out")), "book"))
                .isInstanceOf(ColumnpressException.class).hasMessageContaining("data.xsl");
    }

    private static Book book() {
        return TestBooks.book("Stappen", List.of(
                TestBooks.column("000_klant", "Wat nou klant", "nl", List.of(TestBooks.p("Tekst."))),
                TestBooks.column("001_respect", "Respect verdienen", "nl", List.of(TestBooks.p("Meer tekst.")))));
    }
}
