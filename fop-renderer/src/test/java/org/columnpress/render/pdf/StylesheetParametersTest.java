package org.columnpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.columnpress.core.InputException;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stylesheet parameter is checked against the xsl:params the stylesheet really declares. */
class StylesheetParametersTest {

    @TempDir
    Path dir;

    @Test
    void aMistypedParameterIsRefusedWithItsCloseMatchAndWhereToCorrectIt() {
        assertThatThrownBy(() -> create(Map.of("param.body.font.sise", "11pt")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("Unknown stylesheet parameter 'body.font.sise'. Did you mean 'body.font.size'?")
                .hasMessageContaining("<stylesheetParameters>")
                .hasMessageContaining("pdf.param.body.font.sise");
    }

    @Test
    void aParameterDeclaredOnlyInTheUserStylesheetOrAFileItImportsIsAccepted() throws Exception {
        Files.createDirectories(dir.resolve("parts"));
        Files.writeString(dir.resolve("parts/dedication.xsl"), """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                  <xsl:param name="dedication.text" select="''"/>
                </xsl:stylesheet>
                """);
        Path xsl = Files.writeString(dir.resolve("house.xsl"), """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                  <xsl:import href="https://columnpress.org/xsl/fo/columnpress.xsl"/>
                  <xsl:import href="parts/dedication.xsl"/>
                  <xsl:param name="house.colour" select="'#202020'"/>
                </xsl:stylesheet>
                """);
        assertThatCode(() -> create(Map.of("stylesheet", xsl.toString(), "param.house.colour", "#303030",
                "param.dedication.text", "Voor Anna", "param.body.font.size", "11pt")))
                .doesNotThrowAnyException();
    }

    @Test
    void aStylesheetThatDoesNotImportOursKnowsOnlyItsOwnParameters() throws Exception {
        Path xsl = Files.writeString(dir.resolve("own.xsl"), """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                  <xsl:param name="colour" select="'black'"/>
                  <xsl:template match="/"/>
                </xsl:stylesheet>
                """);
        // The page size the renderer sets from 'trim' is no parameter of the user's: not checked.
        assertThatCode(() -> create(Map.of("stylesheet", xsl.toString(), "trim", "A4", "param.colour", "red")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> create(Map.of("stylesheet", xsl.toString(), "param.color", "red")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("Unknown stylesheet parameter 'color'. Did you mean 'colour'")
                .hasMessageContaining("Neither your stylesheet own.xsl nor a stylesheet it imports declares");
    }

    private static void create(Map<String, String> settings) {
        new PdfRendererFactory().create(TestBooks.options(settings, new RecordingReporter()));
    }
}
