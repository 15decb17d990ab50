package org.columnpress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.transform.Transformer;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.columnpress.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StylesheetMessagesTest {

    @TempDir
    Path dir;

    @Test
    void aTerminatingMessageFailsTheTransformationWithItsTextAndPlaceNotTheProcessorsWords() throws Exception {
        Transformer transformer = compile("""
                <xsl:template match="/">
                  <xsl:message>Only a note.</xsl:message>
                  <xsl:if test="not(book/@title)">
                    <xsl:message terminate="yes">The book has no title: give it one.</xsl:message>
                  </xsl:if>
                  <xsl:value-of select="book/@title"/>
                </xsl:template>
                """);
        assertThatThrownBy(() -> transform(transformer, "<book/>"))
                .isInstanceOf(InputException.class)
                .hasMessage(dir.resolve("messages.xsl") + ":6:34: The stylesheet stopped: The book has no title: give it one.");
        // The same transformer, used again: a message of the last run does not haunt the next.
        assertThat(transform(transformer, "<book title='Kolommen'/>")).isEqualTo("Kolommen");
    }

    private Transformer compile(String templates) throws Exception {
        Path xsl = Files.writeString(dir.resolve("messages.xsl"), """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                  <xsl:output method="text"/>
                """ + templates + "</xsl:stylesheet>\n");
        return Stylesheets.compile(Optional.of(xsl)).newTransformer();
    }

    private static String transform(Transformer transformer, String xml) throws Exception {
        StringWriter out = new StringWriter();
        transformer.transform(new StreamSource(new StringReader(xml)), new StreamResult(out));
        return out.toString();
    }
}
