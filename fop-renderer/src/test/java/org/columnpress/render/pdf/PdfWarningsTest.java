package org.columnpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.Warning;
import org.columnpress.core.model.Book;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF's warnings carry a kind and their column's file, and FOP does not repeat what we said. */
class PdfWarningsTest {

    @TempDir
    Path out;

    @Test
    void aMissingGlyphIsWarnedAboutOnceNotAgainByFopForEachDocument() {
        RecordingReporter reporter = new RecordingReporter();
        Book book = TestBooks.book("Tekens", List.of(
                TestBooks.column("tekens", "Vreemde tekens", "nl", List.of(TestBooks.p("Het teken 漢 en verder.")))));

        new PdfRendererFactory().create(TestBooks.options(Map.of("columns", "true"), reporter))
                .render(book, out, "tekens");

        assertThat(reporter.structured).filteredOn(w -> w.text().contains("漢") || w.text().contains("0x6F22"))
                .singleElement().satisfies(w -> {
                    assertThat(w.kind()).isEqualTo("columns with characters the font has no glyph for");
                    assertThat(w.file()).isEqualTo(Path.of("columns", "tekens.md"));
                });
        assertThat(reporter.structured).extracting(Warning::kind).noneMatch(k -> k.contains("glyphNotAvailable"));
    }

    @Test
    void aQuickCheckWarnsAboutMissingGlyphsWithoutRendering() throws Exception {
        RecordingReporter reporter = new RecordingReporter();
        Book book = TestBooks.book("Tekens", List.of(
                TestBooks.column("tekens", "Vreemde tekens", "nl", List.of(TestBooks.p("Het teken 漢.")))));

        new PdfRendererFactory().checker(TestBooks.options(Map.of(), reporter)).accept(book);

        assertThat(reporter.structured).extracting(Warning::kind)
                .containsExactly("columns with characters the font has no glyph for");
        try (var files = java.nio.file.Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void fopsOwnWarningsAreGroupedByTheirEventAndNameTheColumnFile() {
        RecordingReporter reporter = new RecordingReporter();
        String word = "31415926535897932384626433832795028841971".repeat(3);
        Book book = TestBooks.book("Woorden", List.of(
                TestBooks.column("woord", "Het lange woord", "nl", List.of(TestBooks.p("Voor " + word + " na.")))));

        new PdfRendererFactory().create(TestBooks.options(Map.of(), reporter)).render(book, out, "woord");

        assertThat(reporter.structured).filteredOn(w -> w.kind().startsWith("PDF layout warnings from FOP ("))
                .isNotEmpty().allSatisfy(w -> {
                    assertThat(w.file()).isEqualTo(Path.of("columns", "woord.md"));
                    assertThat(w.text()).startsWith("'Het lange woord': ").endsWith("[woord.pdf]");
                });
    }

    @Test
    void anImageWithoutAltTextIsNamedOnceByTheReaderNotAgainByFopPerImageAndPdf() throws Exception {
        TestBooks.Folder folder = TestBooks.folder(out.resolve("book"), "title: Beelden\nlanguage: nl\n")
                .image("images/a.png", "png")
                .write("columns/a.md", "# Beelden\n\n![](../images/a.png)\n\nTekst.\n\n![](../images/a.png)\n");
        Book book = folder.read();
        assertThat(folder.reporter.structured).extracting(Warning::kind, Warning::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("images without alt text", 3),
                org.assertj.core.groups.Tuple.tuple("images without alt text", 7));
        RecordingReporter reporter = new RecordingReporter();

        new PdfRendererFactory().create(TestBooks.options(Map.of("columns", "true"), reporter))
                .render(book, java.nio.file.Files.createDirectories(out.resolve("pdf")), "beelden");

        assertThat(reporter.warnings).noneMatch(w -> w.contains("Alternate text") || w.contains("altTextMissing"));
    }
}
