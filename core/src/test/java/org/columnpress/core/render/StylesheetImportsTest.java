package org.columnpress.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StylesheetImportsTest {

    @Test
    void aStylesheetMayImportStylesheetsInItsFolderAndSubfoldersOnly(@TempDir Path dir) throws Exception {
        Path style = Files.createDirectories(dir.resolve("style"));
        Path book = Files.writeString(style.resolve("book.xsl"), "<x/>");
        Path part = Files.writeString(Files.createDirectories(style.resolve("parts")).resolve("x.xslt"), "<x/>");
        Path sibling = Files.writeString(style.resolve("fonts.xsl"), "<x/>");
        Files.writeString(style.resolve("notes.txt"), "not a stylesheet");
        Files.writeString(Files.createDirectories(style.resolve(".git")).resolve("hook.xsl"), "<x/>");
        Path outside = Files.writeString(dir.resolve("outside.xsl"), "<x/>");

        assertThat(StylesheetImports.importable(book)).containsExactly(book, sibling, part);
        assertThat(StylesheetImports.mayImport(book, part)).isTrue();
        assertThat(StylesheetImports.mayImport(book, style.resolve("parts/../../outside.xsl"))).isFalse();
        assertThat(StylesheetImports.mayImport(book, outside)).isFalse();
        assertThat(StylesheetImports.mayImport(book, style.resolve("notes.txt"))).isFalse();
        assertThat(StylesheetImports.mayImport(book, style.resolve(".git/hook.xsl"))).isFalse();
    }
}
