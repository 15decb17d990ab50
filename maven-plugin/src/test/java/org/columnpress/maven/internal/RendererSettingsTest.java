package org.columnpress.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RendererSettingsTest {

    @TempDir
    Path dir;

    @Test
    void passesNothingTheUserDidNotSetSoRendererDefaultsApply() {
        Map<String, String> settings = new RendererSettings(List.of("pdf", "epub"))
                .value("pdf", "trim", null).value("pdf", "columns", null).file("epub", "css", null)
                .files("pdf", "fonts", null).map("pdf", "param.", null).raw(null).toMap();

        assertThat(settings).isEmpty();
    }

    @Test
    void mapsEachParameterToItsRendererSetting() throws IOException {
        File stylesheet = Files.writeString(dir.resolve("book.xsl"), "<xsl:stylesheet/>").toFile();
        File font = Files.writeString(dir.resolve("a.ttf"), "x").toFile();
        File other = Files.writeString(dir.resolve("b.ttf"), "y").toFile();

        Map<String, String> settings = new RendererSettings(List.of("pdf", "epub"))
                .file("pdf", "stylesheet", stylesheet)
                .map("pdf", "param.", Map.of("body.font.size", "11pt"))
                .files("pdf", "fonts", List.of(font, other))
                .value("pdf", "columns", true)
                .value("pdf", "trim", " 6x9in ")
                .value("epub", "embed-fonts", false)
                .toMap();

        assertThat(settings).containsOnly(
                entry("pdf.stylesheet", stylesheet.getAbsolutePath()),
                entry("pdf.param.body.font.size", "11pt"),
                entry("pdf.fonts", font.getAbsolutePath() + "," + other.getAbsolutePath()),
                entry("pdf.columns", "true"),
                entry("pdf.trim", "6x9in"),
                entry("epub.embed-fonts", "false"));
    }

    @Test
    void leavesOutSettingsOfFormatsThatAreNotBuilt() {
        Map<String, String> settings = new RendererSettings(List.of("epub"))
                .value("pdf", "trim", "A4").value("epub", "embed-fonts", true)
                .raw(Map.of("pdf.bleed", "3mm", "epub.extra", "x")).toMap();

        assertThat(settings).containsOnlyKeys("epub.embed-fonts", "epub.extra");
    }

    @Test
    void rejectsAFileThatDoesNotExistNamingIt() {
        File missing = dir.resolve("missing.css").toFile();

        assertThatThrownBy(() -> new RendererSettings(List.of("epub")).file("epub", "css", missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing.getAbsolutePath());
    }

    @Test
    void rejectsARawSettingWithoutItsRendererName() {
        assertThatThrownBy(() -> new RendererSettings(List.of("pdf")).raw(Map.of("trim", "A4")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pdf.trim");
    }

    @Test
    void rejectsTheSameSettingGivenAsParameterAndAsRawSetting() {
        assertThatThrownBy(() -> new RendererSettings(List.of("pdf"))
                .value("pdf", "trim", "A5").raw(Map.of("pdf.trim", "A4")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pdf.trim");
    }

    @Test
    void keepsColumnPdfsInTheBuildFolderWhenColumnPdfsAreOn() {
        File build = dir.resolve("target").toFile();

        Map<String, String> on = new RendererSettings(List.of("pdf")).value("pdf", "columns", true)
                .columnCache(build).toMap();
        Map<String, String> off = new RendererSettings(List.of("pdf")).columnCache(build).toMap();

        assertThat(on).containsEntry("pdf.cache",
                new File(build, "columnpress/column-cache").getAbsolutePath());
        assertThat(off).doesNotContainKey("pdf.cache");
    }

    @Test
    void leavesTheUsersOwnColumnCacheAlone() {
        Map<String, String> settings = new RendererSettings(List.of("pdf"))
                .raw(Map.of("pdf.columns", "yes", "pdf.cache", "/elsewhere/cache"))
                .columnCache(dir.toFile()).toMap();

        assertThat(settings).containsEntry("pdf.cache", "/elsewhere/cache");
    }
}
