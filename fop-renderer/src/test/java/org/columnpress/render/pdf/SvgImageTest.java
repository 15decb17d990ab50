package org.columnpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.columnpress.core.NoNetwork;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Book;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An SVG that tries to run code and reach outside itself reaches FOP made safe: nothing fetched or leaked. */
class SvgImageTest {

    @TempDir
    Path dir;

    @Test
    void aHostileSvgIsDrawnWithoutItsScriptsEntitiesAndOutsideReferencesAndNothingIsFetched() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            TestBooks.Folder folder = TestBooks.folder(dir.resolve("book"),
                    "title: Tekening\nauthor: A. Auteur\nlanguage: nl\n")
                    .write("images/hostile.svg", TestBooks.hostileSvg(server.getLocalPort()))
                    .write("columns/a.md", "# Tekening\n\n![Een groene rechthoek](../images/hostile.svg)\n");
            Book book = folder.read();
            RecordingReporter reporter = new RecordingReporter();
            Path pdf = new PdfRendererFactory().create(TestBooks.options(Map.of(), reporter))
                    .render(book, java.nio.file.Files.createDirectories(dir.resolve("out")), "boek").get(0).path();

            // said once for the book, when it is read; the outputs do not repeat it
            assertThat(folder.reporter.warnings).anyMatch(w -> w.contains("hostile.svg") && w.contains("script")
                    && w.contains("the reference xlink:href=\"file:///etc/hosts\""));
            assertThat(reporter.warnings).noneMatch(w -> w.contains("could not be built") || w.contains("script"));
            assertThat(Pdfs.text(pdf)).doesNotContain("root:", "localhost");
            NoNetwork.assertNothingConnected(server, "rendering the SVG");
        }
    }

    @Test
    void anSvgFopCannotDrawIsReportedNamingItsColumn() throws Exception {
        // SVG 2's plain href on use: Batik, FOP's SVG library, knows only xlink:href and draws nothing.
        Book book = TestBooks.folder(dir.resolve("book"), "title: Tekening\nauthor: A. Auteur\nlanguage: nl\n")
                .write("images/svg2.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"20\">"
                        + "<rect id=\"r\" width=\"20\" height=\"20\"/><use href=\"#r\"/></svg>")
                .write("columns/a.md", "# Tweede tekening\n\n![Een zwart vierkant](../images/svg2.svg)\n")
                .read();
        RecordingReporter reporter = new RecordingReporter();
        new PdfRendererFactory().create(TestBooks.options(Map.of(), reporter))
                .render(book, java.nio.file.Files.createDirectories(dir.resolve("out")), "boek");

        assertThat(reporter.warnings).anyMatch(w -> w.contains("Tweede tekening") && w.contains("SVG"));
    }
}
