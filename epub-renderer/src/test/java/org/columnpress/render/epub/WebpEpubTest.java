package org.columnpress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Book;
import org.columnpress.core.render.RenderOptions;
import org.columnpress.core.render.RenderedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WebP, a core media type of EPUB 3.3, is carried into the EPUB as it is and passes epubcheck. */
class WebpEpubTest {

    @TempDir
    Path dir;

    @Test
    void webPImagesAreKeptAsImageWebpAndEpubcheckFindsNothingWrong() throws IOException {
        Book book = TestBooks.webpBook(dir.resolve("book"));
        Path out = Files.createDirectories(dir.resolve("out"));
        List<RenderedFile> files = new EpubRendererFactory()
                .create(new RenderOptions(Map.of(), out, TestBooks.TIMESTAMP, new RecordingReporter()))
                .render(book, out, "book");
        Path epub = files.get(0).path();

        EpubContents contents = new EpubContents(epub);
        assertThat(contents.entries.keySet().stream().filter(name -> name.endsWith(".webp"))).hasSize(3);
        String opf = contents.entries.entrySet().stream().filter(e -> e.getKey().endsWith(".opf"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertThat(opf.split("media-type=\"image/webp\"", -1)).hasSize(4);
        assertThat(EpubChecker.problems(epub)).isEmpty();
    }
}
