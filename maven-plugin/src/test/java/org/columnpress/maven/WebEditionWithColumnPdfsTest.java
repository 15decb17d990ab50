package org.columnpress.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.model.Column;
import org.columnpress.core.publish.PublishRequest;
import org.columnpress.core.publish.PublishResult;
import org.columnpress.core.publish.Publisher;
import org.columnpress.core.read.BookDefaults;
import org.columnpress.core.render.Renderers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 across two renderers, as the publisher runs them ({@code formats=pdf,web} with column PDFs): the
 * PDF renderer hands its column PDFs to the web edition, which copies each beside its column's page and links
 * it in the column's language; the publisher moves them into place with the rest of the site.
 */
class WebEditionWithColumnPdfsTest {

    @TempDir
    Path dir;

    @Test
    void eachColumnPageLinksItsOwnPdfCopiedIntoTheSite() throws Exception {
        Path book = Path.of("../examples/columns-of-the-week/src/book").toAbsolutePath().normalize();
        PublishRequest request = new PublishRequest(book, dir.resolve("out"), "book", List.of("pdf", "web"),
                Map.of("pdf.columns", "true"), book, Instant.parse("2026-11-26T00:00:00Z"), BookDefaults.none());
        PublishResult result = new Publisher(Renderers.discover(getClass().getClassLoader()), new RecordingReporter())
                .publish(request);
        Path site = dir.resolve("out/book-web");
        for (Column column : result.book().columns()) {
            Path pdf = site.resolve(column.id()).resolve(column.id() + ".pdf");
            assertThat(pdf).exists();
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(column.title());
            }
            String page = Files.readString(site.resolve(column.id()).resolve("index.html"));
            String words = column.language().equals("en") ? "PDF version" : "PDF-versie";
            assertThat(page).contains("href=\"" + column.id() + ".pdf\" type=\"application/pdf\">" + words + "</a>");
        }
        assertThat(result.outputs().stream().filter(output -> output.format().equals("web"))
                .flatMap(output -> output.files().stream()).map(file -> file.path()))
                .contains(site.resolve("index.html"), site.resolve("feed.xml"));
    }
}
