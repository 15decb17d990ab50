package org.columnpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.TextPosition;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.render.RenderOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registered font is chosen as a designer names it: by its typographic family and numeric weight
 * ({@code 'Source Sans 3'}, 600), from the font's own tables, and the build log says so. The face is
 * Source Sans 3 SemiBold (Adobe, SIL OFL 1.1, a test resource with its licence beside it).
 */
class FontNamingTest {

    @TempDir
    static Path book;
    static Path pdf;
    static final RecordingReporter reporter = new RecordingReporter();

    @BeforeAll
    static void render() throws Exception {
        Path fonts = Files.createDirectories(book.resolve("fonts"));
        try (InputStream in = FontNamingTest.class.getResourceAsStream("fonts/SourceSans3-SemiBold.ttf")) {
            Files.copy(in, fonts.resolve("SourceSans3-SemiBold.ttf"));
        }
        // The subtitle by the typographic family at 600, then by the legacy name at bold, as stylesheets
        // had to name the face before. (A template, because the JDK's XSLT keeps the default attribute
        // set's font-family where a user's set names it too.)
        Path xsl = Files.writeString(book.resolve("book.xsl"), """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                    xmlns:fo="http://www.w3.org/1999/XSL/Format" xmlns:b="https://columnpress.org/ns/book/1">
                  <xsl:import href="https://columnpress.org/xsl/fo/columnpress.xsl"/>
                  <xsl:template match="b:column/b:subtitle">
                    <fo:block font-family="Source Sans 3" font-weight="600">Nieuw <xsl:value-of select="."/></fo:block>
                    <fo:block font-family="Source Sans 3 SemiBold" font-weight="bold">Oud <xsl:value-of select="."/></fo:block>
                  </xsl:template>
                </xsl:stylesheet>
                """);
        var column = TestBooks.column("000_semibold", "Halfvet gezet", "nl",
                List.of(TestBooks.p("Gewone tekst in Literata.")));
        RenderOptions options = new RenderOptions(Map.of("stylesheet", xsl.toString(),
                "fonts", "fonts/SourceSans3-SemiBold.ttf"), book, TestBooks.TIMESTAMP, reporter);
        pdf = new PdfRendererFactory().create(options)
                .render(TestBooks.book("Lettertypen", List.of(column)), Files.createDirectories(book.resolve("out")),
                        "fonts").get(0).path();
    }

    @Test
    void theLogListsTheFaceAsFamilyStyleAndWeightFromItsOwnTables() {
        assertThat(reporter.infos).contains("Font Source Sans 3, normal, 600 <- fonts/SourceSans3-SemiBold.ttf"
                + " (also as 'Source Sans 3 SemiBold, normal, 400', 'Source Sans 3 SemiBold, normal, 700')");
        assertThat(reporter.infos).filteredOn(i -> i.startsWith("Fonts: ")).singleElement()
                .satisfies(i -> assertThat(i).contains("Literata", "Noto Sans Symbols 2"));
    }

    @Test
    void theSubtitleSetInTheFamilyAt600IsTheSemiBoldFaceWithoutAFallback() throws Exception {
        try (PDDocument doc = Pdfs.open(pdf)) {
            assertThat(Pdfs.fonts(doc)).extracting(PDFont::getName)
                    .anyMatch(n -> n.matches("[A-Z]{6}\\+SourceSans3-SemiBold"));
        }
        assertThat(fontOfWordAfter("Nieuw")).endsWith("+SourceSans3-SemiBold");
        assertThat(reporter.warnings).noneMatch(w -> w.contains("Source Sans") || w.contains("ubstitut")
                || w.contains("not found"));
    }

    @Test
    void theLegacyNameAtBoldStillChoosesTheFace() throws Exception {
        assertThat(fontOfWordAfter("Oud")).endsWith("+SourceSans3-SemiBold");
        assertThat(reporter.warnings).isEmpty();
    }

    /** A picture of the column's first page, to look at: target/font-naming-page.png. */
    @Test
    void theOpenerRendersAsAPicture() throws Exception {
        int page = Pdfs.pageTexts(pdf).indexOf(Pdfs.pageTexts(pdf).stream()
                .filter(t -> t.contains("Nieuw")).findFirst().orElseThrow()) - 1;
        try (PDDocument doc = Pdfs.open(pdf)) {
            java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(doc)
                    .renderImageWithDPI(page, 100);
            Path png = Path.of("target", "font-naming-page.png");
            assertThat(javax.imageio.ImageIO.write(image, "png", png.toFile())).isTrue();
        }
    }

    /** The PDF font of the letter after {@code word} and a space. */
    private static String fontOfWordAfter(String word) throws Exception {
        List<TextPosition> glyphs = Pdfs.positions(pdf);
        StringBuilder text = new StringBuilder();
        glyphs.forEach(g -> text.append(g.getUnicode().charAt(0)));
        int at = text.indexOf(word + " ") + word.length() + 1;
        assertThat(at).isGreaterThan(word.length());
        return glyphs.get(at).getFont().getName();
    }
}
