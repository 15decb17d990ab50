package org.columnpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Book;
import org.columnpress.core.render.RenderedFile;
import org.columnpress.core.render.Renderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pdf.book=false}: the column PDFs alone, as the plugin's watch goal asks for them after a save. */
class ColumnsOnlyTest {

    @TempDir
    Path temp;

    private final Book book = TestBooks.book("Kolommen", List.of(
            TestBooks.column("a", "Alfa", "nl", List.of(TestBooks.p("De eerste tekst."))),
            TestBooks.column("b", "Bravo", "nl", List.of(TestBooks.p("De tweede tekst.")))));

    @Test
    void withoutTheBookOnlyTheColumnPdfsAreWrittenAndNoPageMapIsOffered() throws IOException {
        Renderer renderer = create(Map.of("columns", "true", "book", "false"));
        Path out = Files.createDirectories(temp.resolve("out"));
        List<RenderedFile> files = renderer.render(book, out, "boek");

        assertThat(files).extracting(RenderedFile::role).containsOnly(RenderedFile.Role.COLUMN).hasSize(2);
        assertThat(out.resolve("boek.pdf")).doesNotExist();
        assertThat(Pdfs.text(out.resolve("columns/b.pdf"))).contains("De tweede tekst.");
        assertThat(renderer.makesPageMap(book)).isFalse();
        assertThat(renderer.makesColumnPdfs(book)).isTrue();
    }

    @Test
    void aColumnPdfCachedWithoutTheBookIsReusedByABuildWithIt() throws IOException {
        Path cache = temp.resolve("cache");
        create(Map.of("columns", "true", "book", "false", "cache", cache.toString()))
                .render(book, Files.createDirectories(temp.resolve("quick")), "boek");
        RecordingReporter reporter = new RecordingReporter();
        new PdfRendererFactory().create(TestBooks.options(Map.of("columns", "true", "cache", cache.toString()), reporter))
                .render(book, Files.createDirectories(temp.resolve("whole")), "boek");

        assertThat(reporter.infos).anyMatch(m -> m.startsWith("PDF: reused 2 of 2 column PDFs"));
    }

    @Test
    void neitherTheBookNorTheColumnsIsAnErrorThatSaysWhatToDo() {
        assertThatThrownBy(() -> create(Map.of("book", "false")))
                .isInstanceOf(ColumnpressException.class)
                .hasMessageContaining("'pdf.book' is false and 'pdf.columns' is not true");
    }

    private static Renderer create(Map<String, String> settings) {
        return new PdfRendererFactory().create(TestBooks.options(settings, new RecordingReporter()));
    }
}
