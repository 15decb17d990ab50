package org.columnpress.render.pdf.internal;

import org.columnpress.core.RecordingReporter;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.xml.transform.Templates;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.columnpress.core.model.Book;
import org.columnpress.core.Reporter;
import org.columnpress.core.render.RenderOptions;
import org.columnpress.render.pdf.BookShapeTest;
import org.columnpress.render.pdf.PdfBookTest;
import org.columnpress.render.pdf.PdfRendererFactory;
import org.columnpress.core.TestBooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The book PDF is transformed part by part; what FOP gets must be what one transformation makes. */
class BookPartsTest {

    private static final Book BOOK = PdfBookTest.threeColumnBook();

    @TempDir
    Path dir;

    @Test
    void theFoMadePartByPartIsTheFoOfOneTransformation() throws Exception {
        assertThat(foPartByPart(BOOK, "page")).contains("seq-col-002_english", "Verantwoording")
                .isEqualTo(foInOnePiece(BOOK, "page"));
    }

    @Test
    void aBookWithPartsAndMatterToo() throws Exception {
        Book book = BookShapeTest.shapedBook(dir.resolve("book"));
        assertThat(foPartByPart(book, "page"))
                .contains("seq-part_1", "seq-part_2", "seq-matter_foreword", "seq-matter_colophon", "Verantwoording")
                .isEqualTo(foInOnePiece(book, "page"));
    }

    /** The columns that share a page sequence are joined by FoPartJoiner exactly as one transformation makes them. */
    @Test
    void continuousColumnsJoinedPartByPartAreTheFoOfOneTransformation() throws Exception {
        String streamed = foPartByPart(BOOK, "continuous");
        assertThat(streamed).contains("seq-col-000_klant", "Verantwoording", "❦")
                .doesNotContain("seq-col-001_respect", "seq-col-002_english", "columnpress-")
                .isEqualTo(foInOnePiece(BOOK, "continuous"));
        assertThat(streamed.split("❦", -1)).as("an ornament between each two columns").hasSize(3);
    }

    private static String foPartByPart(Book book, String columnStart) throws Exception {
        Templates templates = Stylesheets.compile(Optional.empty());
        SAXTransformerFactory factory = (SAXTransformerFactory) TransformerFactory.newDefaultInstance();
        TransformerHandler serializer = factory.newTransformerHandler();
        StringWriter streamed = new StringWriter();
        serializer.setResult(new StreamResult(streamed));
        javax.xml.transform.Transformer transformer = templates.newTransformer();
        transformer.setParameter("column.start", columnStart);
        new BookParts(new BookXmlWriter(Reporter.silent())).transform(book, transformer, serializer);
        return withoutNamespaceDeclarations(streamed.toString());
    }

    private static String foInOnePiece(Book book, String columnStart) throws Exception {
        Templates templates = Stylesheets.compile(Optional.empty());
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        new BookXmlWriter(Reporter.silent()).write(book, book.columns(), "book", xml);
        StringWriter whole = new StringWriter();
        javax.xml.transform.Transformer transformer = templates.newTransformer();
        transformer.setParameter("column.start", columnStart);
        transformer.transform(new StreamSource(new ByteArrayInputStream(xml.toByteArray())), new StreamResult(whole));
        return withoutNamespaceDeclarations(whole.toString());
    }

    @Test
    void theBookPdfMadePartByPartHasTheBytesOfOneMadeInOnePiece() throws Exception {
        assertSameBytes(BOOK, Map.of());
    }

    @Test
    void andSoHasABookWithPartsAndMatter() throws Exception {
        assertSameBytes(BookShapeTest.shapedBook(dir.resolve("book")), Map.of());
    }

    @Test
    void aBookOfContinuousColumnsMadePartByPartHasTheBytesOfOneMadeInOnePiece() throws Exception {
        assertSameBytes(BOOK, Map.of("param.column.start", "continuous"));
    }

    private void assertSameBytes(Book book, Map<String, String> settingsMap) throws Exception {
        RenderOptions options = TestBooks.options(settingsMap, Reporter.silent());
        PdfSettings settings = PdfSettings.from(options);
        DocumentSetup setup = new DocumentSetup(settings, new FontSetup(settings.fonts()), options);
        Path streamed = dir.resolve("streamed.pdf");
        Path whole = dir.resolve("whole.pdf");
        int pages = new PdfDocumentRenderer(setup, settings, options, true)
                .render(book, book.columns(), "book", streamed);
        new PdfDocumentRenderer(setup, settings, options, false).render(book, book.columns(), "book", whole);
        assertThat(pages).isGreaterThan(5);
        assertThat(Files.readAllBytes(streamed)).isEqualTo(Files.readAllBytes(whole));
    }

    @Test
    void aStylesheetWithItsOwnRootTemplateStillGetsTheWholeBookInOnePiece() throws Exception {
        Path xsl = Files.writeString(dir.resolve("own-root.xsl"), """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                    xmlns:fo="http://www.w3.org/1999/XSL/Format" xmlns:b="https://columnpress.org/ns/book/1">
                  <xsl:import href="https://columnpress.org/xsl/fo/columnpress.xsl"/>
                  <xsl:template match="/b:book">
                    <fo:root xml:lang="{@xml:lang}">
                      <xsl:call-template name="layout-master-set"/>
                      <xsl:call-template name="declarations"/>
                      <xsl:apply-templates select="b:column"/>
                    </fo:root>
                  </xsl:template>
                </xsl:stylesheet>
                """);
        RecordingReporter reporter = new RecordingReporter();
        Path pdf = new PdfRendererFactory().create(TestBooks.options(Map.of("stylesheet", xsl.toString()), reporter))
                .render(BOOK, dir, "own").get(0).path();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Wat nou klant", "Respect verdienen", "Customers are people too.")
                    .doesNotContain("Inhoud");
        }
        assertThat(reporter.infos).anyMatch(m -> m.contains("'part' parameter"));
    }

    private static String withoutNamespaceDeclarations(String fo) {
        return fo.replaceAll("\\s+xmlns:\\w+=\"[^\"]*\"", "");
    }
}
