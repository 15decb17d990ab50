package org.columnpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Inline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Emoji and symbols the text face lacks print from the shipped Noto Emoji face, character by character. */
class EmojiTest {

    static final String EMOJI = "Blij 😀, eens 👍, liefde ❤ en pijlen ← → met ✓ en ★.";

    @TempDir
    static Path out;
    static Path pdf;
    static final RecordingReporter reporter = new RecordingReporter();

    @BeforeAll
    static void render() {
        var book = TestBooks.book("Emoji", List.of(TestBooks.column("000_emoji", "Emoji 😀 in de titel", "nl",
                List.of(TestBooks.p(EMOJI), TestBooks.p(new Inline.Strong(List.of(new Inline.Text("Vet 👍")))),
                        new Block.CodeBlock("", "print(\"👍\") → ok")))));
        pdf = new PdfRendererFactory().create(TestBooks.options(Map.of(), reporter))
                .render(book, out, "emoji").get(0).path();
    }

    @Test
    void emojiAndSymbolsComeOutOfThePdfAsTheCharactersTheyAre() throws Exception {
        // The emoji face sits on the baseline a little differently: PDFBox reads its glyphs as lines apart.
        String text = Pdfs.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).containsSubsequence("Blij", "😀", "eens", "👍", "liefde", "❤", "pijlen ← →");
        assertThat(text).containsSubsequence("Emoji", "😀", "in de titel").containsSubsequence("print(\"", "👍", "\") → ok")
                .doesNotContain("#");
    }

    @Test
    void thePagesUseTheEmojiFaceEmbeddedAndSubset() throws Exception {
        try (PDDocument doc = Pdfs.open(pdf)) {
            List<PDFont> fonts = Pdfs.fonts(doc);
            assertThat(fonts).filteredOn(f -> f.getName().endsWith("+NotoEmoji-Regular")).isNotEmpty()
                    .allMatch(PDFont::isEmbedded);
            assertThat(fonts).allMatch(PDFont::isEmbedded).allMatch(f -> f.getName().matches("[A-Z]{6}\\+.*"));
        }
    }

    @Test
    void onlyWhatNoShippedFaceCoversIsWarnedAbout() {
        // Literata and Noto Emoji both lack the check mark and the star: those are still warned about.
        assertThat(reporter.warnings).filteredOn(w -> w.contains("glyph")).singleElement()
                .satisfies(w -> assertThat(w).contains("'★' (U+2605), '✓' (U+2713)").doesNotContain("U+1F"));
    }

    @Test
    void aCharacterNoShippedFaceHasIsStillWarnedAbout() throws Exception {
        RecordingReporter own = new RecordingReporter();
        var book = TestBooks.book("Runen", List.of(TestBooks.column("000_runen", "Runen", "nl",
                List.of(TestBooks.p("De rune ᚠ en een 😀.")))));
        new PdfRendererFactory().create(TestBooks.options(Map.of(), own)).render(book, Files.createDirectories(out.resolve("runen")), "r");
        assertThat(own.warnings).filteredOn(w -> w.contains("glyph")).singleElement()
                .satisfies(w -> assertThat(w).contains("'ᚠ' (U+16A0)").contains("Literata, Noto Emoji")
                        .doesNotContain("U+1F600"));
    }

    @Test
    void theBookWithEmojiIsStillValidPdfA2b() throws Exception {
        assertThat(PdfValidator.failures(pdf, "2b")).isEmpty();
    }

    /** A picture of the column's page, to look at: target/emoji-page.png. */
    @Test
    void thePageRendersAsAPicture() throws Exception {
        int page = Pdfs.pageTexts(pdf).indexOf(Pdfs.pageTexts(pdf).stream()
                .filter(t -> t.contains("Blij")).findFirst().orElseThrow()) - 1;
        try (PDDocument doc = Pdfs.open(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page, 110);
            Path png = Path.of("target", "emoji-page.png");
            Files.createDirectories(png.getParent());
            assertThat(ImageIO.write(image, "png", png.toFile())).isTrue();
        }
    }
}
