package org.columnpress.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.columnpress.core.InputException;
import org.columnpress.core.TestBooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading an SVG resolves and fetches nothing, and a broken one is an error naming its line. */
class SvgReadingTest {

    @TempDir
    Path root;

    /** A web server on this machine that records every request, to prove nothing asks it for anything. */
    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private String base;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            byte[] body = "<!ENTITY leak \"LEAKED\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private TestBooks.Folder bookWithSvg(String svg) {
        return TestBooks.folder(root.resolve("book"), "title: B\n").write("images/d.svg", svg)
                .write("columns/c.md", "# T\n\nText.\n\n![a drawing](../images/d.svg)\n");
    }

    @Test
    void theSvgDtdNamedInTheDoctypeIsNeverFetched() {
        TestBooks.Folder book = bookWithSvg("<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"" + base + "svg11.dtd\">\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>\n");
        assertThat(book.read().columns()).hasSize(1);
        assertThat(requests).isEmpty();
        assertThat(book.reporter.warnings).isEmpty();
    }

    @Test
    void anExternalEntityIsLeftOutUnreadWithAWarningThatNamesTheColumnAndTheEntity() throws IOException {
        Files.writeString(root.resolve("secret.txt"), "SECRET");
        TestBooks.Folder book = bookWithSvg("<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE svg [\n"
                + "  <!ENTITY fromWeb SYSTEM \"" + base + "text\">\n"
                + "  <!ENTITY fromDisk SYSTEM \"" + root.resolve("secret.txt").toUri() + "\">\n"
                + "  <!ENTITY % remote SYSTEM \"" + base + "remote.dtd\">\n"
                + "  %remote;\n"
                + "]>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\">\n"
                + "  <text>&fromWeb; &fromDisk;</text>\n"
                + "</svg>\n");
        assertThat(book.read().columns()).hasSize(1);
        assertThat(requests).isEmpty();
        assertThat(book.reporter.warnings).anySatisfy(w -> assertThat(w)
                .startsWith(book.path("columns/c.md") + ":5: the image '../images/d.svg' refers to the "
                        + "external entity 'fromWeb' (" + base + "text) on line 9 of images/d.svg"));
        assertThat(book.reporter.warnings).anySatisfy(w -> assertThat(w).contains("'fromDisk'")
                .contains("secret.txt"));
        assertThat(book.reporter.warnings).anySatisfy(w -> assertThat(w).contains("'%remote'"));
    }

    @Test
    void anInternalDtdSubsetAsDrawingProgramsWriteItIsRead() {
        TestBooks.Folder book = bookWithSvg("<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"" + base + "svg11.dtd\" [\n"
                + "  <!ENTITY ns_svg \"http://www.w3.org/2000/svg\">\n"
                + "  <!ENTITY st0 \"fill:#333\">\n"
                + "]>\n"
                + "<svg xmlns=\"&ns_svg;\"><rect style=\"&st0;\" width=\"4\" height=\"3\"/></svg>\n");
        assertThat(book.read().columns()).hasSize(1);
        assertThat(requests).isEmpty();
        // read, its entities expanded; the outputs carry it without its DOCTYPE, which is said once, here
        assertThat(book.reporter.warnings).singleElement().asString()
                .contains("c.md:5: the image '../images/d.svg'", "without the DOCTYPE with its entity declarations");
    }

    @Test
    void anEntityExpansionBombIsRefusedWithinTheParsersLimits() {
        StringBuilder svg = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n  <!ENTITY l0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            svg.append("  <!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        svg.append("]>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&l9;</text></svg>\n");
        TestBooks.Folder book = bookWithSvg(svg.toString());
        assertThatThrownBy(book::read).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.file()).isEqualTo(book.path("columns/c.md"));
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.getMessage()).contains("cannot be read as an SVG: images/d.svg:")
                    .contains("64000\" entity expansions");
        });
    }

    @Test
    void aBrokenSvgIsAnErrorThatNamesTheColumnLineAndTheSvgsOwnLine() {
        TestBooks.Folder book = bookWithSvg("<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <g>\n    <rect/>\n</svg>\n");
        assertThatThrownBy(book::read).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.file()).isEqualTo(book.path("columns/c.md"));
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.getMessage()).contains("the image '../images/d.svg' cannot be read as an SVG: "
                    + "images/d.svg:4:").contains("end-tag \"</g>\". Correct it there");
        });
    }

    @Test
    void xmlWhoseRootIsNotAnSvgElementIsRefused() {
        TestBooks.Folder book = bookWithSvg("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"/></html>\n");
        assertThatThrownBy(book::read).isInstanceOf(InputException.class)
                .hasMessageContaining("images/d.svg:2:").hasMessageContaining("its root element is <html>");
    }

    @Test
    void whatTheOutputsRemoveFromAnSvgIsSaidOnceForTheBookAtTheFirstPlaceItIsShown() throws IOException {
        TestBooks.Folder book = bookWithSvg(TestBooks.hostileSvg(server.getAddress().getPort()))
                .write("columns/d.md", "# U\n\n![the same drawing](../images/d.svg)\n");
        org.columnpress.core.model.Book read = book.read();
        assertThat(book.reporter.warnings).filteredOn(w -> w.contains("scripts and nothing loaded")).singleElement()
                .asString().startsWith(book.path("columns/c.md") + ":5: the image '../images/d.svg' (images/d.svg): "
                        + "the book carries it without ").contains("script");
        // The PDF and the EPUB each make their safe copy, and say nothing more about it.
        org.columnpress.core.RecordingReporter outputs = new org.columnpress.core.RecordingReporter();
        for (String output : List.of("PDF", "EPUB")) {
            try (var images = org.columnpress.core.render.PreparedImages.prepare(read.columns().get(0).images()
                    .stream().map(org.columnpress.core.model.Block.Image::file).toList(), root.resolve("out"),
                    (w, h) -> 1, output, outputs)) {
                assertThat(Files.readString(images.file(book.path("images/d.svg")))).doesNotContain("<script");
            }
        }
        assertThat(outputs.warnings).isEmpty();
        assertThat(requests).isEmpty();
    }
}
