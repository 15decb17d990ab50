package org.columnpress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StylesheetFilesTest {

    @Test
    void oursAreColumnpressXslAndEveryFileItIncludesInOrder() throws Exception {
        List<String> names = StylesheetFiles.ours().stream().map(StylesheetFiles.Sheet::fileName).toList();
        assertThat(names).startsWith("columnpress.xsl", "pages.xsl").doesNotHaveDuplicates();
        Path folder = Path.of(StylesheetFiles.class.getResource("/org/columnpress/render/pdf/xsl/fo/").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            // A file no one includes would be neither hashed into the column cache key nor documented. The
            // cover's stylesheet is apart: no column PDF uses it, and the reference documents it last.
            List<String> all = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".xsl")).toList();
            assertThat(names).containsExactlyInAnyOrderElementsOf(
                    all.stream().filter(n -> !n.equals("cover.xsl")).toList());
            assertThat(StylesheetFiles.reference().stream().map(StylesheetFiles.Sheet::fileName).toList())
                    .containsExactlyInAnyOrderElementsOf(all).endsWith("cover.xsl");
        }
        assertThat(StylesheetFiles.ours().get(0).uri()).isEqualTo("https://columnpress.org/xsl/fo/columnpress.xsl");
    }

    @Test
    void aUserStylesheetsOwnFilesAreReadOnceEachEvenWhenTheyImportEachOther(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("parts"));
        Files.writeString(dir.resolve("parts/a.xsl"), """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                  <xsl:include href="../b.xsl"/>
                  <xsl:param name="a"/>
                </xsl:stylesheet>
                """);
        Files.writeString(dir.resolve("b.xsl"), """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                  <xsl:include href="parts/a.xsl"/>
                  <xsl:param name="b"/>
                  <xsl:template name="t"><xsl:param name="not.global"/></xsl:template>
                </xsl:stylesheet>
                """);
        Path book = Files.writeString(dir.resolve("book.xsl"), """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                  <xsl:import href="https://columnpress.org/xsl/fo/columnpress.xsl"/>
                  <xsl:import href="parts/a.xsl"/>
                  <xsl:param name="own"/>
                </xsl:stylesheet>
                """);
        List<StylesheetFiles.Sheet> sheets = StylesheetFiles.of(Optional.of(book));
        assertThat(sheets).extracting(StylesheetFiles.Sheet::fileName)
                .startsWith("book.xsl", "columnpress.xsl").endsWith("a.xsl", "b.xsl").doesNotHaveDuplicates();
        assertThat(StylesheetFiles.paramNames(sheets))
                .contains("own", "a", "b", "body.font.size", "bleed").doesNotContain("not.global", "key");
    }
}
