package org.columnpress.render.pdf;

import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.render.RenderedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The column PDF cache ({@code pdf.cache}): what is unchanged is reused, what changed is rendered anew. */
class ColumnCacheTest {

    @TempDir
    Path temp;

    @Test
    void aSecondBuildReusesEveryColumnPdfAndTheFilesAreTheOnesAnUncachedBuildMakes() throws IOException {
        Book book = book(columns("De eerste tekst."));
        Path uncached = render(book, Map.of("columns", "true"), new RecordingReporter());
        render(book, cached(), new RecordingReporter());
        RecordingReporter second = new RecordingReporter();
        Path again = render(book, cached(), second);

        assertThat(second.infos).anyMatch(m -> m.startsWith(reused(3)));
        for (String id : List.of("a", "b", "c")) {
            assertThat(column(again, id)).hasSameBinaryContentAs(column(uncached, id));
        }
    }

    @Test
    void changingOneColumnsTextRendersOnlyThatColumnAgain() throws IOException {
        Path first = render(book(columns("De eerste tekst.")), cached(), new RecordingReporter());
        RecordingReporter reporter = new RecordingReporter();
        List<Column> changed = columns("De eerste tekst.");
        changed.set(1, TestBooks.column("b", "Bravo", "nl", List.of(TestBooks.p("Een geheel nieuwe zin."))));
        Path second = render(book(changed), cached(), reporter);

        assertThat(reporter.infos).anyMatch(m -> m.startsWith(reused(2)));
        assertThat(Pdfs.text(column(second, "b"))).contains("Een geheel nieuwe zin.");
        assertThat(Pdfs.text(column(first, "b"))).doesNotContain("Een geheel nieuwe zin.");
        assertThat(column(second, "a")).hasSameBinaryContentAs(column(first, "a"));
        assertThat(column(second, "c")).hasSameBinaryContentAs(column(first, "c"));
        assertThat(cacheEntries("pdf")).as("the old entry of column b is gone").hasSize(3);
        assertThat(cacheEntries("pages")).hasSize(3);
    }

    @Test
    void changingAnImagesBytesRendersTheColumnThatShowsItAgain() throws IOException {
        Path image = temp.resolve("book/images/foto.png");
        Files.createDirectories(image.getParent());
        writePng(image, Color.RED);
        List<Column> columns = columns("Tekst.");
        columns.set(2, TestBooks.column("c", "Charlie", "nl",
                List.of(new Block.BlockQuote(List.of(new Block.Image(image, "Een foto", ""))))));
        Book book = book(columns);
        Path first = render(book, cached(), new RecordingReporter());
        writePng(image, Color.BLUE);
        RecordingReporter reporter = new RecordingReporter();
        Path second = render(book, cached(), reporter);

        assertThat(reporter.infos).anyMatch(m -> m.startsWith(reused(2)));
        assertThat(Files.mismatch(column(second, "c"), column(first, "c"))).isNotEqualTo(-1L);
    }

    @Test
    void changingASettingRendersEveryColumnAgain() throws IOException {
        Book book = book(columns("Tekst."));
        render(book, cached(), new RecordingReporter());
        Map<String, String> bigger = new HashMap<>(cached());
        bigger.put("param.body.font.size", "12pt");
        RecordingReporter reporter = new RecordingReporter();
        render(book, bigger, reporter);

        assertThat(reporter.infos).anyMatch(m -> m.startsWith(reused(0)));
    }

    @Test
    void changingAFileTheStylesheetImportsFromASubfolderOrAsXsltRendersEveryColumnAgain() throws IOException {
        Path stylesheet = userStylesheet("een", "een");
        Book book = book(columns("Tekst."));
        Map<String, String> settings = withStylesheet(stylesheet);
        Path first = render(book, settings, new RecordingReporter());
        assertThat(Pdfs.text(column(first, "a"))).contains("Bron een").contains("Slot een");

        Files.writeString(stylesheet.resolveSibling("parts/x.xsl"), closing("twee"));
        RecordingReporter afterXsl = new RecordingReporter();
        Path second = render(book, settings, afterXsl);
        assertThat(afterXsl.infos).anyMatch(m -> m.startsWith(reused(0)));
        assertThat(Pdfs.text(column(second, "a"))).contains("Slot twee").doesNotContain("Slot een");

        Files.writeString(stylesheet.resolveSibling("x.xslt"), dateline("twee"));
        RecordingReporter afterXslt = new RecordingReporter();
        Path third = render(book, settings, afterXslt);
        assertThat(afterXslt.infos).anyMatch(m -> m.startsWith(reused(0)));
        assertThat(Pdfs.text(column(third, "c"))).contains("Bron twee").doesNotContain("Bron een");
    }

    @Test
    void aFileNextToTheStylesheetThatItCannotImportDoesNotMissTheCache() throws IOException {
        Path stylesheet = userStylesheet("een", "een");
        Book book = book(columns("Tekst."));
        render(book, withStylesheet(stylesheet), new RecordingReporter());
        Files.writeString(stylesheet.resolveSibling("notes.txt"), "Not a stylesheet.");
        Files.writeString(stylesheet.resolveSibling(".old.xsl"), closing("verborgen"));
        RecordingReporter reporter = new RecordingReporter();
        render(book, withStylesheet(stylesheet), reporter);

        assertThat(reporter.infos).anyMatch(m -> m.startsWith(reused(3)));
    }

    /** A user stylesheet that imports ours, {@code parts/x.xsl} (the closing line) and {@code x.xslt} (the dateline). */
    private Path userStylesheet(String closing, String dateline) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("style/parts")).getParent();
        Files.writeString(folder.resolve("parts/x.xsl"), closing(closing));
        Files.writeString(folder.resolve("x.xslt"), dateline(dateline));
        return Files.writeString(folder.resolve("book.xsl"), """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                  <xsl:import href="https://columnpress.org/xsl/fo/columnpress.xsl"/>
                  <xsl:import href="parts/x.xsl"/>
                  <xsl:include href="x.xslt"/>
                </xsl:stylesheet>
                """);
    }

    private static String closing(String word) {
        return """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                    xmlns:fo="http://www.w3.org/1999/XSL/Format" xmlns:b="https://columnpress.org/ns/book/1">
                  <xsl:template match="b:column/b:copyright"><fo:block>Slot %s</fo:block></xsl:template>
                </xsl:stylesheet>
                """.formatted(word);
    }

    private static String dateline(String word) {
        return """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                    xmlns:fo="http://www.w3.org/1999/XSL/Format">
                  <xsl:template name="dateline"><fo:block>Bron %s</fo:block></xsl:template>
                </xsl:stylesheet>
                """.formatted(word);
    }

    private Map<String, String> withStylesheet(Path stylesheet) {
        Map<String, String> settings = new HashMap<>(cached());
        settings.put("stylesheet", stylesheet.toString());
        return settings;
    }

    private Map<String, String> cached() {
        return Map.of("columns", "true", "cache", temp.resolve("cache").toString());
    }

    private static String reused(int count) {
        return "PDF: reused " + count + " of 3 column PDFs from ";
    }

    private List<Column> columns(String firstText) {
        return new java.util.ArrayList<>(List.of(
                TestBooks.column("a", "Alfa", "nl", List.of(TestBooks.p(firstText))),
                TestBooks.column("b", "Bravo", "nl", List.of(TestBooks.p("Tweede tekst."))),
                TestBooks.column("c", "Charlie", "nl", List.of(TestBooks.p("Derde tekst.")))));
    }

    private Book book(List<Column> columns) {
        Book b = TestBooks.book("Kolommen", columns);
        return new Book(temp.resolve("book"), b.title(), b.subtitle(), b.authors(), b.language(), b.publisher(),
                b.identifier(), b.date(), b.rights(), b.description(), b.edition(), b.cover(), b.columns(),
                b.labels());
    }

    private Path render(Book book, Map<String, String> settings, RecordingReporter reporter) throws IOException {
        Path out = Files.createTempDirectory(temp, "out");
        List<RenderedFile> files = new PdfRendererFactory().create(TestBooks.options(settings, reporter))
                .render(book, out, "boek");
        assertThat(files).filteredOn(f -> f.role() == RenderedFile.Role.COLUMN).hasSize(3)
                .allSatisfy(f -> assertThat(f.pages()).isPositive());
        return out;
    }

    private static Path column(Path out, String id) {
        return out.resolve("columns/" + id + ".pdf");
    }

    private List<Path> cacheEntries(String extension) throws IOException {
        try (Stream<Path> files = Files.list(temp.resolve("cache"))) {
            return files.filter(f -> f.toString().endsWith("." + extension)).toList();
        }
    }

    private static void writePng(Path file, Color color) throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 40, 30);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }
}
