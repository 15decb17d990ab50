package org.columnpress.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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

    @Test
    void isTheSameForACopyOfTheProjectElsewhereAndChangesWhenTheCopysColumnChanges(@TempDir Path elsewhere)
            throws IOException {
        Files.writeString(style.resolve("Serif.ttf"), "font");
        String here = fingerprint(project, absolutePathSettings(project));
        Path copy = copy(project, elsewhere.resolve("workspace/kolommen"));

        assertThat(fingerprint(copy, absolutePathSettings(copy))).isEqualTo(here);

        Files.writeString(copy.resolve("src/book/columns/brug.md"), "# De brug\n\nAndere tekst.\n");
        assertThat(fingerprint(copy, absolutePathSettings(copy))).isNotEqualTo(here);
    }

    @Test
    void tellsApartTwoStylesheetsOutsideTheProjectWithTheSameContent(@TempDir Path shared) throws IOException {
        Path a = Files.writeString(Files.createDirectories(shared.resolve("a")).resolve("book.xsl"), "<xsl:stylesheet/>");
        Path b = Files.writeString(Files.createDirectories(shared.resolve("b")).resolve("book.xsl"), "<xsl:stylesheet/>");

        assertThat(fingerprint(Map.of("pdf.stylesheet", a.toString())))
                .isNotEqualTo(fingerprint(Map.of("pdf.stylesheet", b.toString())));
    }

    private Map<String, String> settings() {
        return Map.of("pdf.stylesheet", style.resolve("book.xsl").toString(), "pdf.trim", "A5");
    }

    /** What the plugin passes: every file as an absolute path, the column cache under target/ too. */
    private static Map<String, String> absolutePathSettings(Path project) {
        Path style = project.resolve("style").toAbsolutePath();
        return Map.of("pdf.stylesheet", style.resolve("book.xsl").toString(),
                "pdf.fonts", style.resolve("Serif.ttf") + "," + style.resolve("titles.xsl"),
                "pdf.cache", project.resolve("target/columnpress/column-cache").toAbsolutePath().toString(),
                "pdf.trim", "A5");
    }

    private String fingerprint(Map<String, String> settings) {
        return fingerprint(project, settings);
    }

    private static String fingerprint(Path project, Map<String, String> settings) {
        PublishRequest request = new PublishRequest(project.resolve("src/book"), project.resolve("target"),
                "kolommen-1.0", List.of("pdf", "epub"), settings, project, Instant.parse("2026-11-26T00:00:00Z"),
                BookDefaults.none());
        return new BuildInputs(request, "2026-11-26T00:00:00Z", "0.1.0", List.of("core.jar 10 1")).fingerprint();
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }
}
