package org.columnpress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.columnpress.core.Reporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Book;
import org.columnpress.core.render.RenderOptions;
import org.columnpress.render.pdf.HyphenationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FOP remembering how it hyphenated each word changes how fast a book is laid out, never its pages: a
 * narrow book of long Dutch, English and British words comes out byte for byte as FOP alone makes it.
 */
class HyphenationMemoTest {

    private static final Map<String, String> NARROW = Map.of("param.page.width", "75mm",
            "param.margin.inner", "8mm", "param.margin.outer", "8mm");

    @TempDir
    Path dir;

    @Test
    void aBookHyphenatedFromMemoryHasTheBytesOfOneHyphenatedByFop() throws Exception {
        String nl = String.join(" ", HyphenationTest.DUTCH.keySet()) + " en de ";
        String en = String.join(" ", HyphenationTest.ENGLISH.keySet()) + " and the ";
        Book book = TestBooks.book("Afbreken", List.of(
                TestBooks.column("nl", "Nederlands", "nl", List.of(TestBooks.p(nl.repeat(6)))),
                // British first: FOP alone would give a British column after an English one the English
                // patterns (its cache falls back from "en_GB" to "en"); remembering, each has its own.
                TestBooks.column("gb", "British", "en-GB", List.of(TestBooks.p(en.repeat(6)))),
                TestBooks.column("en", "English", "en", List.of(TestBooks.p(en.repeat(6))))));

        DocumentSetup plain = setup();
        DocumentSetup remembering = setup();
        remembering.rememberHyphenation(book.languages());
        Path byFop = render(plain, book, "fop.pdf");
        Path fromMemory = render(remembering, book, "memory.pdf");
        // Twice: the second time every word comes from memory.
        Path again = render(remembering, book, "again.pdf");

        assertThat(remembering.rememberedWords("nl")).as("Dutch words remembered").isGreaterThan(20);
        assertThat(remembering.rememberedWords("en")).as("English words remembered").isGreaterThan(10);
        assertThat(remembering.rememberedWords("en_GB")).as("British words remembered").isGreaterThan(10);
        assertThat(plain.rememberedWords("nl")).as("a setup told nothing remembers nothing").isEqualTo(-1);
        assertThat(Files.readAllBytes(fromMemory)).isEqualTo(Files.readAllBytes(byFop));
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(byFop));
    }

    @Test
    void aBritishColumnAfterAnEnglishOneKeepsItsOwnPatterns() {
        String en = String.join(" ", HyphenationTest.ENGLISH.keySet()) + " and the ";
        Book book = TestBooks.book("Afbreken", List.of(
                TestBooks.column("en", "English", "en", List.of(TestBooks.p(en.repeat(6)))),
                TestBooks.column("gb", "British", "en-GB", List.of(TestBooks.p(en.repeat(6))))));
        DocumentSetup setup = setup();
        setup.rememberHyphenation(book.languages());
        render(setup, book, "english-first.pdf");
        assertThat(setup.rememberedWords("en")).isGreaterThan(10);
        assertThat(setup.rememberedWords("en_GB")).isGreaterThan(10);
    }

    @Test
    void aLanguageWithoutPatternsIsLeftToFop() {
        DocumentSetup setup = setup();
        setup.rememberHyphenation(java.util.Set.of("tlh", "nl"));
        assertThat(setup.rememberedWords("tlh")).isEqualTo(-1);
        assertThat(setup.rememberedWords("nl")).isZero();
    }

    private static DocumentSetup setup() {
        RenderOptions options = TestBooks.options(NARROW, Reporter.silent());
        PdfSettings settings = PdfSettings.from(options);
        return new DocumentSetup(settings, new FontSetup(settings.fonts()), options);
    }

    private Path render(DocumentSetup setup, Book book, String name) {
        Path pdf = dir.resolve(name);
        RenderOptions options = TestBooks.options(NARROW, Reporter.silent());
        int pages = new PdfDocumentRenderer(setup, PdfSettings.from(options), options, true)
                .render(book, book.columns(), "book", pdf);
        assertThat(pages).isGreaterThan(3);
        return pdf;
    }
}
