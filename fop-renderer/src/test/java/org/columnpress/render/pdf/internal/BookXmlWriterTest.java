package org.columnpress.render.pdf.internal;

import org.columnpress.core.RecordingReporter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Inline;
import org.columnpress.render.pdf.PdfBookTest;
import org.columnpress.core.TestBooks;
import org.junit.jupiter.api.Test;

class BookXmlWriterTest {

    @Test
    void theBookXmlOfEveryKindOfBlockIsValidAgainstTheSchema() throws Exception {
        Book book = PdfBookTest.threeColumnBook();
        byte[] xml = write(book, "book");
        var schema = SchemaFactory.newDefaultInstance()
                .newSchema(getClass().getResource("/org/columnpress/render/pdf/schema/book.xsd"));
        assertThatCode(() -> schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml))))
                .doesNotThrowAnyException();
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("<byline>Door Wim Aalbers</byline>", "<date iso=\"2009-03-03\">3 maart 2009</date>",
                "id=\"col-000_klant\"", "<label key=\"first-published-in\">Eerder verschenen in</label>");
    }

    @Test
    void aColumnInAnotherLanguageCarriesItsOwnWordsAndTheBooksDate() {
        String text = new String(write(PdfBookTest.threeColumnBook(), "book"), StandardCharsets.UTF_8);
        String english = text.substring(text.indexOf("id=\"col-002_english\""));
        assertThat(english).contains("<byline>By Wim Aalbers</byline>",
                "<date iso=\"2009-03-03\" book=\"3 maart 2009\">March 3, 2009</date>",
                "<label key=\"by\">By</label>");
        String dutch = text.substring(text.indexOf("id=\"col-001_respect\""), text.indexOf("id=\"col-002_english\""));
        assertThat(dutch).as("a column in the book's language").doesNotContain("<labels>", "book=");
    }

    @Test
    void theSkeletonHasEveryColumnsMetadataButNoBodiesAndIsValid() throws Exception {
        Book book = PdfBookTest.threeColumnBook();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BookXmlWriter(new RecordingReporter()).writeSkeleton(book, out);
        var schema = SchemaFactory.newDefaultInstance()
                .newSchema(getClass().getResource("/org/columnpress/render/pdf/schema/book.xsd"));
        assertThatCode(() -> schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(out.toByteArray()))))
                .doesNotThrowAnyException();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Wat nou klant", "Respect verdienen", "An English column", "NRC Handelsblad")
                .doesNotContain("<body", "<footnotes", "<bio", "Customers are people too.");
    }

    @Test
    void theSkeletonAndTheWholeBookHaveTheIndexInItsOrderAndAreValid(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Book book = org.columnpress.render.pdf.IndexPagesTest.indexedBook(dir).read();
        var schema = SchemaFactory.newDefaultInstance()
                .newSchema(getClass().getResource("/org/columnpress/render/pdf/schema/book.xsd"));
        ByteArrayOutputStream skeleton = new ByteArrayOutputStream();
        new BookXmlWriter(new RecordingReporter()).writeSkeleton(book, skeleton);
        for (byte[] xml : List.of(skeleton.toByteArray(), write(book, "book"))) {
            assertThatCode(() -> schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml))))
                    .doesNotThrowAnyException();
            String text = new String(xml, StandardCharsets.UTF_8);
            assertThat(text).contains("<group name=\"IJ\"><term id=\"", "<text>IJmuiden</text><occurrence ref=\"ix-",
                    "<see-also ref=\"" + book.index().stream().filter(t -> t.term().equals("Amersfoort")).findFirst()
                            .orElseThrow().id() + "\">Amersfoort</see-also>");
            assertThat(text.indexOf("<text>Kampen</text>")).isGreaterThan(text.indexOf("<text>IJmuiden</text>"));
        }
        ByteArrayOutputStream oneColumn = new ByteArrayOutputStream();
        new BookXmlWriter(new RecordingReporter()).write(book, book.columns().subList(0, 1), "book", oneColumn);
        assertThat(oneColumn.toString(StandardCharsets.UTF_8)).as("a part of the book").doesNotContain("<index");
    }

    @Test
    void controlCharactersAreDroppedWithAWarningNamingTheColumn() {
        RecordingReporter reporter = new RecordingReporter();
        Book book = TestBooks.book("Boek", List.of(TestBooks.column("a", "Titel", "nl",
                List.of(new Block.Paragraph(List.of(new Inline.Text("bel\u0007 en nul\u0000")))))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BookXmlWriter(reporter).write(book, book.columns(), "book", out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("bel en nul");
        assertThat(reporter.warnings).singleElement().asString().contains(Path.of("columns", "a.md").toString(), "2 character");
    }

    private static byte[] write(Book book, String kind) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BookXmlWriter(new RecordingReporter()).write(book, book.columns(), kind, out);
        return out.toByteArray();
    }
}
