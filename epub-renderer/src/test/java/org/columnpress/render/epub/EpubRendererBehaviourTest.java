package org.columnpress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.TestBooks;
import org.columnpress.core.InputException;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.Reporter;
import org.columnpress.core.render.RenderOptions;
import org.columnpress.core.render.Renderers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings, reproducibility and user mistakes; no epubcheck here, so these run fast. */
class EpubRendererBehaviourTest {

    @TempDir
    Path temp;

    private Path render(Book book, Map<String, String> settings, String folder) throws Exception {
        Path out = Files.createDirectories(temp.resolve(folder));
        RenderOptions options = new RenderOptions(settings, temp, EpubBooksTest.TIMESTAMP, Reporter.silent());
        return new EpubRendererFactory().create(options).render(book, out, "book").get(0).path();
    }

    @Test
    void theFactoryIsFoundByItsNameEpub() {
        assertThat(Renderers.discover(getClass().getClassLoader()).get("epub"))
                .isInstanceOf(EpubRendererFactory.class);
    }

    @Test
    void theSameBookGivesTheSameBytesTwice() throws Exception {
        Book book = TestBooks.edgeCases(Files.createDirectories(temp.resolve("book")));
        Path first = render(book, Map.of("embed-fonts", "true"), "one");
        Path second = render(book, Map.of("embed-fonts", "true"), "two");
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    }

    @Test
    void theMimetypeComesFirstUncompressedAndEveryEntryCarriesTheBuildTime() throws Exception {
        Path epub = render(TestBooks.threeColumns(temp), Map.of(), "out");
        List<ZipEntry> entries = new EpubContents(epub).zipEntries;
        assertThat(entries.get(0).getName()).isEqualTo("mimetype");
        assertThat(entries.get(0).getMethod()).isEqualTo(ZipEntry.STORED);
        assertThat(entries.get(1).getName()).isEqualTo("META-INF/container.xml");
        assertThat(entries).allSatisfy(e -> assertThat(e.getTimeLocal())
                .isEqualTo(java.time.LocalDateTime.of(2026, 11, 26, 10, 15, 30)));
        assertThat(Files.readString(epub.getParent().resolve("book.epub"), java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("PK").contains("mimetypeapplication/epub+zip");
    }

    @Test
    void anUnknownSettingIsRejectedWithTheKnownOnes() {
        RenderOptions options = new RenderOptions(Map.of("font", "x"), temp, Instant.EPOCH, Reporter.silent());
        assertThatThrownBy(() -> new EpubRendererFactory().create(options))
                .isInstanceOf(ColumnpressException.class)
                .hasMessageContaining("'font'").hasMessageContaining("css, embed-fonts, extra-css");
    }

    @Test
    void aMissingStyleSheetIsAnInputMistakeNamingTheFile() {
        RenderOptions options = new RenderOptions(Map.of("extra-css", "src/epub/extra.css"), temp,
                Instant.EPOCH, Reporter.silent());
        assertThatThrownBy(() -> new EpubRendererFactory().create(options))
                .isInstanceOf(InputException.class).hasMessageContaining("extra.css")
                .hasMessageContaining("epub.css or epub.extra-css");
    }

    @Test
    void extraCssIsAppendedToTheDefaultAndCssReplacesIt() throws Exception {
        Files.writeString(temp.resolve("extra.css"), "p.byline { color: inherit; } /* extra */");
        Files.writeString(temp.resolve("mine.css"), "body { margin: 0; } /* mine */");
        Book book = TestBooks.threeColumns(temp);

        String extended = new EpubContents(render(book, Map.of("extra-css", "extra.css"), "a")).text("OEBPS/css/style.css");
        assertThat(extended).contains("header.opener").endsWith("/* extra */");

        String replaced = new EpubContents(render(book, Map.of("css", "mine.css"), "b")).text("OEBPS/css/style.css");
        assertThat(replaced).contains("/* mine */").doesNotContain("header.opener");
    }

    @Test
    void withoutEmbedFontsNoFontIsPackaged() throws Exception {
        EpubContents epub = new EpubContents(render(TestBooks.threeColumns(temp), Map.of(), "out"));
        assertThat(epub.entries.keySet()).noneMatch(name -> name.endsWith(".ttf"));
        assertThat(epub.text("OEBPS/css/style.css")).doesNotContain("@font-face");
    }

    @Test
    void anImageThatIsNotAnImageIsAnInputMistakeNamingTheColumn() throws Exception {
        Path fake = Files.writeString(temp.resolve("plaatje.png"), "not really a picture");
        Book book = TestBooks.book(temp, "Boek", Optional.empty(), "nl", List.of(TestBooks.column(temp, "c1",
                "Met plaatje", "nl", List.of(new Block.Image(fake, "alt", "")), List.of(), Optional.empty(),
                Optional.empty())), Optional.empty());
        assertThatThrownBy(() -> render(book, Map.of(), "out"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("c1.md").hasMessageContaining("plaatje.png")
                .hasMessageContaining("PNG, JPEG, GIF, WebP or SVG");
    }
}
