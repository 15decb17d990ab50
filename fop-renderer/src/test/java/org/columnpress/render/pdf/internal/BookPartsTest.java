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
        assertThat(streamedFoIsWholeFo(BOOK)).contains("seq-col-002_english", "Verantwoording");
    }

    @Test
    void aBookWithPartsAndMatterToo() throws Exception {
        assertThat(streamedFoIsWholeFo(BookShapeTest.shapedBook(dir.resolve("book"))))
                .contains("seq-part_1", "seq-part_2", "seq-matter_foreword", "seq-matter_colophon", "Verantwoording");
    }

    @Test
    void theBookPdfMadePartByPartHasTheBytesOfOneMadeInOnePiece() throws Exception {
        sameBytesStreamedAndWhole(BOOK);
    }

    @Test
    void andSoHasABookWithPartsAndMatter() throws Exception {
        sameBytesStreamedAndWhole(BookShapeTest.shapedBook(dir.resolve("book")));
    }

    /** The FO made part by part, checked to be the FO of one transformation. */
    private static String streamedFoIsWholeFo(Book book) throws Exception {
        Templates templates = Stylesheets.compile(Optional.empty());
        SAXTransformerFactory factory = (SAXTransformerFactory) TransformerFactory.newDefaultInstance();
        TransformerHandler serializer = factory.newTransformerHandler();
        StringWriter streamed = new StringWriter();
        serializer.setResult(new StreamResult(streamed));
        new BookParts(new BookXmlWriter(Reporter.silent())).transform(book, templates.newTransformer(), serializer);

        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        new BookXmlWriter(Reporter.silent()).write(book, book.columns(), "book", xml);
        StringWriter whole = new StringWriter();
        templates.newTransformer().transform(new StreamSource(new ByteArrayInputStream(xml.toByteArray())),
                new StreamResult(whole));

        assertThat(withoutNamespaceDeclarations(streamed.toString()))
                .isEqualTo(withoutNamespaceDeclarations(whole.toString()));
        return streamed.toString();
    }

    private void sameBytesStreamedAndWhole(Book book) throws Exception {
        RenderOptions options = TestBooks.options(Map.of(), Reporter.silent());
        PdfSettings settings = PdfSettings.from(options);
        DocumentSetup setup = new DocumentSetup(settings, new FontSetup(settings.fonts()), options);
        Path streamed = dir.resolve("streamed.pdf");
        Path whole = dir.resolve("whole.pdf");
        int pages = new PdfDocumentRenderer(setup, settings, options, true)
                .render(book, book.columns(), "book", streamed);
        new PdfDocumentRenderer(setup, settings, options, false).render(book, book.columns(), "book", whole);
        assertThat(pages).isGreaterThan(6);
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
