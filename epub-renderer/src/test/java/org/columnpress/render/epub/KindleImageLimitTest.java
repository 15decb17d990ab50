package org.columnpress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.Warning;
import org.columnpress.core.model.Book;
import org.columnpress.core.render.RenderOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An image over Kindle's 5 MB per image in the EPUB is named in a warning; one within it is not. */
class KindleImageLimitTest {

    @TempDir
    Path dir;

    @Test
    void anImageOverFiveMegabytesInTheEpubIsWarnedAboutAndTheDefaultPixelLimitKeepsItUnder() throws Exception {
        Book book = TestBooks.folder(dir.resolve("book"), "title: Noise\n")
                .noise("images/noise.png", 1600, 1200)
                .write("columns/a.md", "# Noise\n\n![Noise](../images/noise.png)\n").read();
        Path noise = dir.resolve("book/images/noise.png").toAbsolutePath().normalize();
        assertThat(Files.size(noise)).isGreaterThan(5_000_000L);

        RecordingReporter raised = render(book, Map.of("image-max-pixels", "4000000"), "raised");
        assertThat(raised.structured).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo("images over Kindle's 5 MB per image");
            assertThat(w.file()).isEqualTo(noise);
            assertThat(w.text()).startsWith("is 5.").contains("at most 5 MB per image").contains("epub.image-max-pixels");
        });

        RecordingReporter defaults = render(book, Map.of(), "default");
        assertThat(defaults.warnings).isEmpty();
    }

    private RecordingReporter render(Book book, Map<String, String> settings, String name) throws Exception {
        RecordingReporter reporter = new RecordingReporter();
        Path out = Files.createDirectories(dir.resolve(name));
        new EpubRendererFactory().create(new RenderOptions(settings, out, TestBooks.TIMESTAMP, reporter))
                .render(book, out, "book");
        return reporter;
    }
}
