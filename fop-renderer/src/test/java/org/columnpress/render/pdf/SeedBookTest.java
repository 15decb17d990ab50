package org.columnpress.render.pdf;

import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.columnpress.core.model.Book;
import org.columnpress.core.render.RenderedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed column, read by core's BookReader from its one-column book folder, renders as a book. */
class SeedBookTest {

    @Test
    void theSeedColumnRendersWithTitleBylineBodyAndCopyright(@TempDir Path temp) throws Exception {
        TestBooks.Folder folder = TestBooks.seedFolder(temp.resolve("seed"));
        RecordingReporter reporter = folder.reporter;
        Book book = folder.read();
        Path out = Files.createDirectories(temp.resolve("out"));
        List<RenderedFile> files = new PdfRendererFactory()
                .create(TestBooks.options(Map.of("columns", "true"), reporter)).render(book, out, "seed");

        String text = Pdfs.text(files.get(0).path()).replaceAll("\\s+", " ");
        assertThat(text).containsSubsequence("Columns over ondernemen", "Inhoud",
                book.columns().get(0).title(), "Door Wim Aalbers",
                "Buiten is het lente en in mijn hoofd al net zo.",
                "Ga niet voor de fooi maar voor de fee.", "© Wim Aalbers 2009");
        assertThat(files).hasSize(2);
        assertThat(files.get(1).pages()).isPositive();
        assertThat(reporter.warnings).noneMatch(w -> w.contains("glyph") || w.contains("overflow"));
    }
}
