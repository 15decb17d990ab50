package org.columnpress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.columnpress.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** length-in-mm (lengths.xsl) is API: a user's stylesheet calls it as this one does. */
class LengthInMmTest {

    @TempDir
    Path dir;

    @Test
    void everyUnitTheSettingsAcceptIsReadAsCssDefinesIt() throws Exception {
        List<String> mm = lengthsInMm(List.of("25.4mm", "2.54cm", "1in", "72pt", "6pc", "96px", " .5in ", "0"));
        assertThat(mm.subList(0, 6)).allSatisfy(v -> assertThat(Double.parseDouble(v)).isCloseTo(25.4, within(1e-9)));
        assertThat(Double.parseDouble(mm.get(6))).isCloseTo(12.7, within(1e-9));
        assertThat(mm.get(7)).isEqualTo("0");
    }

    @Test
    void aLengthItCannotReadStopsTheTransformationNamingTheParameterAndTheUnits() {
        for (String bad : List.of("3em", "3", "10%", "3 mm", "m3m", "-3mm", "", "3xx")) {
            assertThatThrownBy(() -> lengthsInMm(List.of(bad)))
                    .as(bad)
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("Stylesheet parameter 'gutter' is '" + bad + "', which is not a length")
                    .hasMessageContaining("mm, cm, in, pt, pc or px (1/96 in)")
                    .hasMessageNotContaining("Termination forced");
        }
    }

    /** Each length in millimetres, as length-in-mm reads it. */
    private List<String> lengthsInMm(List<String> lengths) throws Exception {
        Path xsl = Files.writeString(dir.resolve("lengths-test.xsl"), """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                  <xsl:import href="https://columnpress.org/xsl/fo/columnpress.xsl"/>
                  <xsl:output method="text"/>
                  <xsl:template match="/">
                    <xsl:for-each select="lengths/l">
                      <xsl:call-template name="length-in-mm">
                        <xsl:with-param name="length" select="string(.)"/>
                        <xsl:with-param name="param" select="'gutter'"/>
                      </xsl:call-template>
                      <xsl:text>&#10;</xsl:text>
                    </xsl:for-each>
                  </xsl:template>
                </xsl:stylesheet>
                """);
        StringBuilder xml = new StringBuilder("<lengths>");
        lengths.forEach(length -> xml.append("<l>").append(length).append("</l>"));
        StringWriter out = new StringWriter();
        Stylesheets.compile(Optional.of(xsl)).newTransformer().transform(
                new StreamSource(new StringReader(xml.append("</lengths>").toString())), new StreamResult(out));
        return out.toString().lines().toList();
    }
}
