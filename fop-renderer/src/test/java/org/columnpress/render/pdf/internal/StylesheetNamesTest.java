package org.columnpress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StylesheetNamesTest {

    private static final String HEAD = "<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'\n"
            + " xmlns:b='https://columnpress.org/ns/book/1' xmlns:fo='http://www.w3.org/1999/XSL/Format'>\n";
    private static final String IMPORT = "<xsl:import href='https://columnpress.org/xsl/fo/columnpress.xsl'/>\n";

    @TempDir
    Path dir;
    final RecordingReporter reporter = new RecordingReporter();

    @Test
    void aMisspeltAttributeSetAndParamAreWarnedAboutWithLineAndCloseMatches() throws Exception {
        Path xsl = write("book.xsl", IMPORT
                + "<xsl:attribute-set name='colum.title'>\n  <xsl:attribute name='font-size'>24pt</xsl:attribute>\n"
                + "</xsl:attribute-set>\n"
                + "<xsl:param name=\"paragraph.indnet\" select=\"'2em'\"/>\n");
        StylesheetNames.check(Optional.of(xsl), reporter);
        assertThat(reporter.structured).extracting(Warning::kind).containsOnly(StylesheetNames.KIND);
        assertThat(reporter.structured).extracting(w -> w.describe(dir)).containsExactly(
                "book.xsl:4: the attribute set 'colum.title' is not one the default stylesheet declares, and"
                        + " nothing in your stylesheet uses it: it changes nothing. Did you mean 'column.title'?"
                        + " The names are listed in the PDF renderer's PARAMETERS.md.",
                "book.xsl:7: the parameter 'paragraph.indnet' is not one the default stylesheet declares, and"
                        + " nothing in your stylesheet uses it: it changes nothing. Did you mean 'paragraph.indent'?"
                        + " The names are listed in the PDF renderer's PARAMETERS.md.");
    }

    @Test
    void namesOfTheUsersOwnThatTheirTemplatesUseAndOverridesOfOursAreFine() throws Exception {
        write("parts/sets.xsl", "<xsl:attribute-set name='epigraph'><xsl:attribute name='font-style'>italic"
                + "</xsl:attribute></xsl:attribute-set>\n<xsl:param name='epigraph.text' select=\"'Motto'\"/>\n"
                + "<xsl:attribute-set name='motto' use-attribute-sets='epigraph'/>\n"
                + "<xsl:param name='motto.size' select=\"'9pt'\"/>\n");
        Path xsl = write("book.xsl", IMPORT + "<xsl:include href='parts/sets.xsl'/>\n"
                + "<xsl:attribute-set name='column.title'><xsl:attribute name='font-size'>24pt</xsl:attribute>"
                + "</xsl:attribute-set>\n<xsl:param name='body.font.size' select=\"'11pt'\"/>\n"
                + "<xsl:template name='user.front.pages'><fo:page-sequence master-reference='title'>"
                + "<fo:flow flow-name='xsl-region-body'><fo:block xsl:use-attribute-sets='motto'"
                + " font-size='{$motto.size}'><xsl:value-of select='$epigraph.text'/></fo:block></fo:flow>"
                + "</fo:page-sequence></xsl:template>\n");
        StylesheetNames.check(Optional.of(xsl), reporter);
        assertThat(reporter.warnings).isEmpty();
    }

    @Test
    void anUnusedNameInAFileTheStylesheetIncludesNamesThatFile() throws Exception {
        write("parts/extra.xsl", "\n<xsl:param name='colum.sink' select=\"'30mm'\"/>\n");
        Path xsl = write("book.xsl", IMPORT + "<xsl:include href='parts/extra.xsl'/>\n");
        StylesheetNames.check(Optional.of(xsl), reporter);
        assertThat(reporter.structured).singleElement().satisfies(w -> assertThat(w.describe(dir))
                .startsWith("parts/extra.xsl:4: the parameter 'colum.sink'").contains("Did you mean 'column.sink'?"));
    }

    @Test
    void withoutAStylesheetOfTheirOwnThereIsNothingToCheck() {
        StylesheetNames.check(Optional.empty(), reporter);
        assertThat(reporter.warnings).isEmpty();
    }

    private Path write(String name, String body) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, HEAD + body + "</xsl:stylesheet>\n");
    }
}
