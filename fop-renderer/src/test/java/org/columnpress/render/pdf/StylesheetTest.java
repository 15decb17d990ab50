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
        Path pdf = render(Map.of("stylesheet", xsl.toString(), "columns", "true"));
        List<String> pages = Pdfs.pageTexts(pdf);
        int dedication = indexOfPageContaining(pages, "Voor Anna");
        assertThat(dedication).isGreaterThan(indexOfPageContaining(pages, "Stijl"));
        assertThat(dedication).isLessThan(indexOfPageContaining(pages, "Inhoud"));
        try (PDDocument doc = Pdfs.open(pdf)) {
            assertThat(Pdfs.fonts(doc)).extracting(PDFont::getName)
                    .anyMatch(n -> n.endsWith("+SourceCodePro-Regular"));
            assertThat(doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()[dedication - 1])
                    .as("the hook's page is front matter, numbered in roman").isEqualTo("iii");
        }
        // The set redefines an attribute the default set has (18pt): import precedence wins (XSLT 1.0, 7.1.4).
        assertThat(Pdfs.fontSizesOf(pdf, "Wat nou klant")).contains(24f).doesNotContain(18f);
        assertThat(Pdfs.fontSizesOf(dir.resolve("columns/000_klant.pdf"), "Wat nou klant"))
                .contains(24f).doesNotContain(18f);
    }

    @Test
    void anAttributeSetMergesTheUsersAttributesWithTheDefaultsOthers() throws Exception {
        Path xsl = Files.writeString(dir.resolve("sizes.xsl"), """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                  <xsl:import href="https://columnpress.org/xsl/fo/columnpress.xsl"/>
                  <xsl:attribute-set name="title.page.title">
                    <xsl:attribute name="font-size">28pt</xsl:attribute>
                  </xsl:attribute-set>
                  <xsl:attribute-set name="column.title">
                    <xsl:attribute name="font-size">21pt</xsl:attribute>
                  </xsl:attribute-set>
                </xsl:stylesheet>
                """);
        Path pdf = render(Map.of("stylesheet", xsl.toString()));
        assertThat(Pdfs.fontSizesOf(pdf, "Stijl")).contains(28f).doesNotContain(24f);
        assertThat(Pdfs.fontSizesOf(pdf, "Respect verdienen")).contains(21f).doesNotContain(18f);
        try (PDDocument doc = Pdfs.open(pdf)) {
            // The attribute the user left alone (font-weight bold) is still the default set's.
            assertThat(Pdfs.fonts(doc)).extracting(PDFont::getName).anyMatch(n -> n.endsWith("+Literata-Bold"));
        }
    }

    @Test
    void aPositionalTemplateAppliesToEveryColumnInTheBookAndColumnPdfsAndTheDebugFoIsWhatFopGot() throws Exception {
        Path xsl = Files.writeString(dir.resolve("first.xsl"), """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                    xmlns:fo="http://www.w3.org/1999/XSL/Format" xmlns:b="https://columnpress.org/ns/book/1">
                  <xsl:import href="https://columnpress.org/xsl/fo/columnpress.xsl"/>
                  <xsl:template match="b:column/b:body[1]/b:p[1]">
                    <fo:block font-size="14pt">[<xsl:value-of select="$part"/>] <xsl:apply-templates/></fo:block>
                  </xsl:template>
                </xsl:stylesheet>
                """);
        // A column in another language first: its part carries words of its own (b:labels), after which the
        // JDK's XSLTC, reusing its transformer for the next part, no longer matched the pattern.
        var book = TestBooks.book("Stijl", List.of(
                TestBooks.column("000_shop", "The shop", "en",
                        List.of(TestBooks.p("Eerste van shop."), TestBooks.p("Tweede van shop."))),
                TestBooks.column("001_respect", "Respect verdienen", "nl",
                        List.of(TestBooks.p("Eerste van respect."), TestBooks.p("Tweede van respect."))),
                TestBooks.column("002_brug", "De brug", "nl",
                        List.of(TestBooks.p("Eerste van brug."), TestBooks.p("Tweede van brug.")))));
        Path pdf = render(book, Map.of("stylesheet", xsl.toString(), "columns", "true", "debug", "true"));

        for (String column : List.of("shop", "respect", "brug")) {
            assertThat(Pdfs.fontSizesOf(pdf, "[column] Eerste van " + column)).containsExactly(14f);
            assertThat(Pdfs.fontSizesOf(pdf, "Tweede van " + column)).doesNotContain(14f);
        }
        assertThat(Pdfs.fontSizesOf(dir.resolve("columns/001_respect.pdf"), "[all] Eerste van respect"))
                .containsExactly(14f);
        assertThat(Pdfs.fontSizesOf(dir.resolve("columns/002_brug.pdf"), "[all] Eerste van brug"))
                .containsExactly(14f);
        // The book is transformed column by column ($part is 'column'), and the debug FO is those parts joined,
        // as FOP read them: not the FO of one other transformation of the whole book ($part 'all').
        String fo = Files.readString(dir.resolve("b.fo"));
        assertThat(Pdfs.text(pdf)).contains("[column] Eerste van shop.", "[column] Eerste van brug.");
        assertThat(fo).contains("[column] Eerste van shop.", "[column] Eerste van respect.",
                "[column] Eerste van brug.").doesNotContain("[all]");
        assertThat(fo.split("<fo:root", -1)).hasSize(2);
    }

    @Test
    void aMessageOfTheUsersStylesheetIsShownWithItsPlace() throws Exception {
        Path xsl = Files.writeString(dir.resolve("note.xsl"), """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                    xmlns:b="https://columnpress.org/ns/book/1">
                  <xsl:import href="https://columnpress.org/xsl/fo/columnpress.xsl"/>
                  <xsl:template match="b:column">
                    <xsl:message>Column <xsl:value-of select="b:title"/></xsl:message>
                    <xsl:apply-imports/>
                  </xsl:template>
                </xsl:stylesheet>
                """);
        RecordingReporter reporter = new RecordingReporter();
        new PdfRendererFactory().create(TestBooks.options(Map.of("stylesheet", xsl.toString()), reporter))
                .render(twoColumns(), dir, "b");
        assertThat(reporter.infos).contains("Stylesheet: " + xsl + ":5: Column Wat nou klant");
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
                .hasMessageMatching("(?s).*broken\\.xsl:4:\\d+: the stylesheet does not compile: .+");
    }

    @Test
    void anErrorWhileTransformingNamesThePlaceInTheStylesheetAndTheColumn() throws Exception {
        Path xsl = Files.writeString(dir.resolve("typed.xsl"), """
                <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:b="https://columnpress.org/ns/book/1">
                  <xsl:import href="https://columnpress.org/xsl/fo/columnpress.xsl"/>
                  <xsl:template match="b:p">
                    <xsl:value-of select="xs:integer(.)"/>
                  </xsl:template>
                </xsl:stylesheet>
                """);
        assertThatThrownBy(() -> render(Map.of("stylesheet", xsl.toString())))
                .isInstanceOf(ColumnpressException.class)
                .hasMessageContaining("typed.xsl:5:")
                .hasMessageContaining("Wat nou klant");
    }

    @Test
    void aTerminatingMessageInTheUsersStylesheetStopsTheBuildNamingItsPlace() throws Exception {
        Path xsl = Files.writeString(dir.resolve("stop.xsl"), """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                    xmlns:b="https://columnpress.org/ns/book/1">
                  <xsl:import href="https://columnpress.org/xsl/fo/columnpress.xsl"/>
                  <xsl:template match="b:column[b:title = 'Respect verdienen']">
                    <xsl:message terminate="yes">No respect here.</xsl:message>
                  </xsl:template>
                </xsl:stylesheet>
                """);
        assertThatThrownBy(() -> render(Map.of("stylesheet", xsl.toString())))
                .isInstanceOf(InputException.class)
                .hasMessageMatching("(?s).*stop\\.xsl:5:\\d+: The stylesheet stopped: No respect here\\.");
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
        return render(twoColumns(), settings);
    }

    private Path render(org.columnpress.core.model.Book book, Map<String, String> settings) {
        return new PdfRendererFactory().create(TestBooks.options(settings, new RecordingReporter()))
                .render(book, dir, "b").get(0).path();
    }

    private static org.columnpress.core.model.Book twoColumns() {
        return TestBooks.book("Stijl", List.of(
                TestBooks.column("000_klant", "Wat nou klant", "nl", List.of(TestBooks.p("Tekst."))),
                TestBooks.column("001_respect", "Respect verdienen", "nl", List.of(TestBooks.p("Meer tekst.")))));
    }
}
