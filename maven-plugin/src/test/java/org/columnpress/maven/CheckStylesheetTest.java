package org.columnpress.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.columnpress.core.InputException;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.publish.PublishRequest;
import org.columnpress.core.publish.Publisher;
import org.columnpress.core.read.BookDefaults;
import org.columnpress.core.render.Renderers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the check goal runs ({@link Publisher#check}) fails on the PDF stylesheet's mistakes as publish
 * does: the renderers are found through the SPI, as the goal finds them.
 */
class CheckStylesheetTest {

    @TempDir
    Path project;

    @Test
    void anUnknownStylesheetParameterFailsTheCheckWithTheCloseMatch() throws Exception {
        assertThatThrownBy(() -> check(Map.of("pdf.param.paragraph.indnet", "2em")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("Unknown stylesheet parameter 'paragraph.indnet'")
                .hasMessageContaining("Did you mean 'paragraph.indent'");
    }

    @Test
    void aStylesheetThatDoesNotCompileFailsTheCheckWithFileLineAndColumn() throws Exception {
        Path xsl = Files.writeString(project.resolve("book.xsl"), """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                  <xsl:import href="https://columnpress.org/xsl/fo/columnpress.xsl"/>
                  <xsl:param name="paragraph.indent" select="concat("/>
                </xsl:stylesheet>
                """);
        assertThatThrownBy(() -> check(Map.of("pdf.stylesheet", "book.xsl")))
                .isInstanceOf(InputException.class)
                .hasMessageMatching("(?s)" + java.util.regex.Pattern.quote(xsl.toString())
                        + ":3:\\d+: the stylesheet does not compile: .+");
    }

    @Test
    void aGoodStylesheetAndItsOwnParameterPassTheCheck() throws Exception {
        Files.writeString(project.resolve("book.xsl"), """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                  <xsl:import href="https://columnpress.org/xsl/fo/columnpress.xsl"/>
                  <xsl:param name="house.colour" select="'#2f5d62'"/>
                </xsl:stylesheet>
                """);
        assertThat(check(Map.of("pdf.stylesheet", "book.xsl", "pdf.param.house.colour", "red")).columns())
                .hasSize(1);
    }

    private org.columnpress.core.model.Book check(Map<String, String> settings) throws Exception {
        Path book = Files.createDirectories(project.resolve("src/book/columns"));
        Files.writeString(project.resolve("src/book/book.yaml"), "title: Proef\nlanguage: nl\n");
        Files.writeString(book.resolve("brug.md"), "---\ntitle: De brug\n---\n\nTekst.\n");
        PublishRequest request = new PublishRequest(project.resolve("src/book"), project.resolve("target"), "proef",
                List.of("pdf"), settings, project, Instant.parse("2026-11-28T00:00:00Z"), BookDefaults.none());
        return new Publisher(Renderers.discover(getClass().getClassLoader()), new RecordingReporter()).check(request);
    }
}
