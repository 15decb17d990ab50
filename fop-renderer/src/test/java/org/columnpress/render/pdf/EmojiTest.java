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
import org.apache.pdfbox.text.TextPosition;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Inline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Emoji and symbols the text face lacks print from the shipped Noto Emoji and Noto Sans Symbols 2 faces,
 * on the text's baseline.
 */
class EmojiTest {

    static final String EMOJI = "Blij 😀, eens 👍, liefde ❤ en pijlen ← → met ✓ en ★.";

    /**
     * Emoji with the emoji variation selector (U+FE0F) after a character of the text face (‼, ℹ) and of
     * the emoji face (❤), and a check mark with the text one (U+FE0E), as blog posts write them.
     */
    static final String SELECTORS = "Hart \u2764\uFE0F, let op \u203C\uFE0F, info \u2139\uFE0F en vink \u2714\uFE0E.";

    @TempDir
    static Path out;
    static Path pdf;
    static final RecordingReporter reporter = new RecordingReporter();

    @BeforeAll
    static void render() {
        var book = TestBooks.book("Emoji", List.of(TestBooks.column("000_emoji", "Emoji 😀 in de titel", "nl",
                List.of(TestBooks.p(EMOJI), TestBooks.p(new Inline.Strong(List.of(new Inline.Text("Vet 👍")))),
                        new Block.CodeBlock("", "print(\"👍\") → ok"), TestBooks.p(SELECTORS)))));
        pdf = new PdfRendererFactory().create(TestBooks.options(Map.of(), reporter))
                .render(book, out, "emoji").get(0).path();
    }

    @Test
    void emojiAndSymbolsComeOutOfThePdfAsTheCharactersTheyAre() throws Exception {
        // The emoji face sits on the baseline a little differently: PDFBox reads its glyphs as lines apart.
        String text = Pdfs.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).containsSubsequence("Blij", "😀", "eens", "👍", "liefde", "❤", "pijlen ← →", "met",
                "✓", "en", "★");
        assertThat(text).containsSubsequence("Emoji", "😀", "in de titel").containsSubsequence("print(\"", "👍", "\") → ok")
                .doesNotContain("#");
    }

    @Test
    void variationSelectorsAreLeftOutOfThePdfAndTheirEmojiPrintWithoutAMissingGlyph() throws Exception {
        String text = Pdfs.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).containsSubsequence("Hart", "\u2764", "let op", "\u203C", "info", "\u2139", "en vink", "\u2714")
                .doesNotContain("\uFE0F").doesNotContain("\uFE0E");
        assertThat(reporter.warnings).noneMatch(w -> w.contains("FE0F") || w.contains("FE0E") || w.contains("glyph"));
    }

    @Test
    void thePagesUseTheEmojiFaceEmbeddedAndSubset() throws Exception {
        try (PDDocument doc = Pdfs.open(pdf)) {
            List<PDFont> fonts = Pdfs.fonts(doc);
            assertThat(fonts).filteredOn(f -> f.getName().endsWith("+NotoEmoji-Regular")).isNotEmpty()
                    .allMatch(PDFont::isEmbedded);
            assertThat(fonts).filteredOn(f -> f.getName().endsWith("+NotoSansSymbols2-Regular")).isNotEmpty()
                    .allMatch(PDFont::isEmbedded);
            assertThat(fonts).allMatch(PDFont::isEmbedded).allMatch(f -> f.getName().matches("[A-Z]{6}\\+.*"));
        }
    }

    @Test
    void theCheckMarkAndTheStarComeFromTheSymbolsFaceWithoutAWarning() {
        assertThat(reporter.warnings).noneMatch(w -> w.contains("glyph") || w.contains("U+"));
    }

    /** PDFBox's text positions: each emoji and symbol has the baseline of the word before it, within 0.1 em. */
    @Test
    void emojiAndSymbolsSitOnTheBaselineOfTheTextAroundThem() throws Exception {
        List<TextPosition> glyphs = Pdfs.positions(pdf);
        int from = 0;
        // In reading order: the title, the subtitle, the paragraph, the bold line, the code block.
        for (String[] pair : new String[][] {{"i", "😀"}, {"i", "😀"}, {"j", "😀"}, {"s", "👍"}, {"e", "❤"},
            {"t", "✓"}, {"n", "★"}, {"t", "👍"}, {"\"", "👍"}}) {
            int at = from;
            while (!glyphs.get(at).getUnicode().equals(pair[1])) {
                at++;
            }
            TextPosition symbol = glyphs.get(at);
            TextPosition before = null;
            for (int i = at - 1; before == null; i--) {
                before = glyphs.get(i).getUnicode().equals(pair[0]) ? glyphs.get(i) : null;
            }
            assertThat(symbol.getYDirAdj()).as("baseline of %s after '%s'", pair[1], pair[0])
                    .isCloseTo(before.getYDirAdj(), org.assertj.core.data.Offset.offset(0.1f * before.getFontSizeInPt()));
            from = at + 1;
        }
    }

    /** A picture of the column's page, to look at: target/emoji-page.png. */
    @Test
    void thePageRendersAsAPicture() throws Exception {
        int page = Pdfs.pageTexts(pdf).indexOf(Pdfs.pageTexts(pdf).stream()
                .filter(t -> t.contains("Blij")).findFirst().orElseThrow()) - 1;
        try (PDDocument doc = Pdfs.open(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page, 150);
            Path png = Path.of("target", "emoji-page.png");
            Files.createDirectories(png.getParent());
            assertThat(ImageIO.write(image, "png", png.toFile())).isTrue();
        }
    }
}
