package org.columnpress.render.pdf;

import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.InputException;
import org.columnpress.core.render.StylesheetImports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users customise the look with their own stylesheet that imports ours by its stable URI. */
class StylesheetTest {

    @TempDir
    Path dir;

    @Test
    void aUserStylesheetThatImportsTheDefaultAndChangesTheFontShowsTheNewFont() throws Exception {
        Path xsl = Files.writeString(dir.resolve("my.xsl"), """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                  <xsl:import href="https://columnpress.org/xsl/fo/columnpress.xsl"/>
                  <xsl:param name="body.font.family" select="'Source Code Pro'"/>
                </xsl:stylesheet>
                """);
        Path pdf = render(Map.of("stylesheet", xsl.toString()));
        try (PDDocument doc = Pdfs.open(pdf)) {
            assertThat(Pdfs.fonts(doc)).extracting(PDFont::getName)
                    .anyMatch(n -> n.endsWith("+SourceCodePro-Regular"))
                    .noneMatch(n -> n.endsWith("+Literata-Regular"));
        }
        assertThat(Pdfs.text(pdf)).contains("Respect verdienen");
    }

    @Test
    void aUserStylesheetAddsADedicationPageBeforeTheContentsAndRestylesTheTitles() throws Exception {
        // The example of fop-renderer/README.md, "Customising": keep the two in step.
        Path xsl = Files.writeString(dir.resolve("house.xsl"), """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                    xmlns:fo="http://www.w3.org/1999/XSL/Format">
                  <xsl:import href="https://columnpress.org/xsl/fo/columnpress.xsl"/>
                  <xsl:param name="heading.font.family" select="'Source Code Pro'"/>
                  <xsl:attribute-set name="column.title">
                    <xsl:attribute name="font-size">24pt</xsl:attribute>
                  </xsl:attribute-set>
                  <xsl:template name="user.front.pages">
                    <fo:page-sequence master-reference="title">
                      <fo:flow flow-name="xsl-region-body">
                        <fo:block space-before="60mm" text-align="center" font-style="italic">Voor Anna</fo:block>
                      </fo:flow>
                    </fo:page-sequence>
                  </xsl:template>
                </xsl:stylesheet>
                """);
        Path pdf = render(Map.of("stylesheet", xsl.toString()));
        List<String> pages = Pdfs.pageTexts(pdf);
        int dedication = indexOfPageContaining(pages, "Voor Anna");
        assertThat(dedication).isGreaterThan(indexOfPageContaining(pages, "Stijl"));
        assertThat(dedication).isLessThan(indexOfPageContaining(pages, "Inhoud"));
        try (PDDocument doc = Pdfs.open(pdf)) {
            assertThat(Pdfs.fonts(doc)).extracting(PDFont::getName)
                    .anyMatch(n -> n.endsWith("+SourceCodePro-Regular"));
        }
    }

    private static int indexOfPageContaining(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no page contains '" + text + "': " + pages);
    }

    @Test
    void aParamSettingChangesThePageSize() throws Exception {
        Path pdf = render(Map.of("trim", "6x9in", "param.margin.outer", "25mm"));
        try (PDDocument doc = Pdfs.open(pdf)) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(432f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isCloseTo(648f, org.assertj.core.data.Offset.offset(0.5f));
        }
    }

    @Test
    void aStylesheetThatDoesNotCompileIsReportedWithItsFileAndLine() throws Exception {
        Path xsl = Files.writeString(dir.resolve("broken.xsl"), """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                  <xsl:import href="https://columnpress.org/xsl/fo/columnpress.xsl"/>
                  <xsl:template match="/">
                    <xsl:value-of select="concat("/>
                  </xsl:template>
                </xsl:stylesheet>
                """);
        assertThatThrownBy(() -> render(Map.of("stylesheet", xsl.toString())))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("broken.xsl:4:");
    }

    @Test
    void aStylesheetThatImportsAFileOutsideItsFolderIsRefusedWithTheRule() throws Exception {
        Files.createDirectories(dir.resolve("shared"));
        Files.writeString(dir.resolve("shared/common.xsl"), """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/>
                """);
        Path xsl = Files.writeString(Files.createDirectories(dir.resolve("style")).resolve("book.xsl"), """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                  <xsl:import href="https://columnpress.org/xsl/fo/columnpress.xsl"/>
                  <xsl:import href="../shared/common.xsl"/>
                </xsl:stylesheet>
                """);
        assertThatThrownBy(() -> render(Map.of("stylesheet", xsl.toString())))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("book.xsl:3:")
                .hasMessageContaining("shared/common.xsl")
                .hasMessageContaining(StylesheetImports.describe());
    }

    @Test
    void aStylesheetThatMakesInvalidFoNamesTheElement() throws Exception {
        Path xsl = Files.writeString(dir.resolve("bad-fo.xsl"), """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                    xmlns:fo="http://www.w3.org/1999/XSL/Format">
                  <xsl:import href="https://columnpress.org/xsl/fo/columnpress.xsl"/>
                  <xsl:template name="column-content"><fo:table-row/></xsl:template>
                </xsl:stylesheet>
                """);
        assertThatThrownBy(() -> render(Map.of("stylesheet", xsl.toString())))
                .isInstanceOf(ColumnpressException.class)
                .hasMessageContaining("fo:table-row")
                .hasMessageContaining("columns/000_klant.md");
    }

    @Test
    void anUnknownSettingIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> render(Map.of("colour", "red")))
                .hasMessageContaining("Unknown pdf setting 'colour'").hasMessageContaining("trim");
    }

    private Path render(Map<String, String> settings) {
        var book = TestBooks.book("Stijl", List.of(
                TestBooks.column("000_klant", "Wat nou klant", "nl", List.of(TestBooks.p("Tekst."))),
                TestBooks.column("001_respect", "Respect verdienen", "nl", List.of(TestBooks.p("Meer tekst.")))));
        return new PdfRendererFactory().create(TestBooks.options(settings, new RecordingReporter()))
                .render(book, dir, "b").get(0).path();
    }
}
