package org.columnpress.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.columnpress.core.publish.PublishRequest;
import org.columnpress.core.read.BookDefaults;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildInputsTest {

    @TempDir
    Path project;
    Path book;
    Path style;

    @BeforeEach
    void aBookWithAStylesheet() throws IOException {
        book = Files.createDirectories(project.resolve("src/book"));
        Files.createDirectories(book.resolve("columns"));
        Files.writeString(book.resolve("book.yaml"), "title: Kolommen\n");
        Files.writeString(book.resolve("columns/brug.md"), "# De brug\n\nTekst.\n");
        style = Files.createDirectories(project.resolve("style"));
        Files.writeString(style.resolve("book.xsl"), "<xsl:stylesheet/>");
        Files.writeString(style.resolve("titles.xsl"), "<xsl:stylesheet/>");
    }

    @Test
    void isTheSameForTheSameInputs() {
        assertThat(fingerprint(settings())).isEqualTo(fingerprint(settings()));
    }

    @Test
    void changesWhenAColumnChanges() throws IOException {
        String before = fingerprint(settings());
        Files.writeString(book.resolve("columns/brug.md"), "# De brug\n\nAndere tekst.\n");

        assertThat(fingerprint(settings())).isNotEqualTo(before);
    }

    @Test
    void changesWhenAColumnIsAdded() throws IOException {
        String before = fingerprint(settings());
        Files.writeString(book.resolve("columns/dijk.md"), "# De dijk\n");

        assertThat(fingerprint(settings())).isNotEqualTo(before);
    }

    @Test
    void changesWhenAStylesheetTheUserStylesheetMayImportChanges() throws IOException {
        String before = fingerprint(settings());
        Files.writeString(style.resolve("titles.xsl"), "<xsl:stylesheet version='1.0'/>");

        assertThat(fingerprint(settings())).isNotEqualTo(before);
    }

    @Test
    void changesWhenAStylesheetInASubfolderOfTheUserStylesheetChanges() throws IOException {
        Files.createDirectories(style.resolve("parts"));
        Files.writeString(style.resolve("parts/x.xsl"), "<xsl:stylesheet/>");
        String before = fingerprint(settings());
        Files.writeString(style.resolve("parts/x.xsl"), "<xsl:stylesheet version='1.0'/>");

        assertThat(fingerprint(settings())).isNotEqualTo(before);
    }

    @Test
    void changesWhenAnXsltFileBesideTheUserStylesheetChanges() throws IOException {
        Files.writeString(style.resolve("x.xslt"), "<xsl:stylesheet/>");
        String before = fingerprint(settings());
        Files.writeString(style.resolve("x.xslt"), "<xsl:stylesheet version='1.0'/>");

        assertThat(fingerprint(settings())).isNotEqualTo(before);
    }

    @Test
    void ignoresFilesBesideTheStylesheetThatItMayNotImport() throws IOException {
        Files.writeString(style.resolve("notes.txt"), "try a larger font");
        Files.createDirectories(style.resolve(".old"));
        Files.writeString(style.resolve(".old/book.xsl"), "<xsl:stylesheet/>");
        String before = fingerprint(settings());
        Files.writeString(style.resolve("notes.txt"), "try a smaller font");
        Files.writeString(style.resolve(".old/book.xsl"), "<xsl:stylesheet version='1.0'/>");

        assertThat(fingerprint(settings())).isEqualTo(before);
    }

    @Test
    void changesWhenASettingChanges() {
        Map<String, String> other = new java.util.HashMap<>(settings());
        other.put("pdf.trim", "A4");

        assertThat(fingerprint(other)).isNotEqualTo(fingerprint(settings()));
    }

    @Test
    void ignoresHiddenFilesAsTheReaderDoes() throws IOException {
        String before = fingerprint(settings());
        Files.writeString(book.resolve("columns/.brug.md.swp"), "editor state");

        assertThat(fingerprint(settings())).isEqualTo(before);
    }

    private Map<String, String> settings() {
        return Map.of("pdf.stylesheet", style.resolve("book.xsl").toString(), "pdf.trim", "A5");
    }

    private String fingerprint(Map<String, String> settings) {
        PublishRequest request = new PublishRequest(book, project.resolve("target"), "kolommen-1.0",
                List.of("pdf", "epub"), settings, project, Instant.parse("2026-11-26T00:00:00Z"),
                BookDefaults.none());
        return new BuildInputs(request, "2026-11-26T00:00:00Z", "0.1.0", List.of("core.jar 10 1")).fingerprint();
    }
}
