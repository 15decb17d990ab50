package org.columnpress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Inline;
import org.columnpress.core.model.Block;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.render.RenderOptions;
import org.columnpress.core.render.RenderedFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three books of the issue, each rendered and checked by epubcheck once (kept in target/test-epubs). */
class EpubBooksTest {

    static final Instant TIMESTAMP = Instant.parse("2026-11-26T10:15:30Z");

    @TempDir
    static Path temp;

    static final Map<String, Book> books = new HashMap<>();
    static final Map<String, Path> epubs = new HashMap<>();
    static final Map<String, List<String>> problems = new HashMap<>();
    static final RecordingReporter reporter = new RecordingReporter();

    @BeforeAll
    static void renderAndCheck() throws Exception {
        books.put("seed", TestBooks.seed(Files.createDirectories(temp.resolve("seed"))));
        books.put("three", TestBooks.threeColumns(Files.createDirectories(temp.resolve("three"))));
        books.put("edge", TestBooks.edgeCases(Files.createDirectories(temp.resolve("edge"))));
        for (Map.Entry<String, Book> book : books.entrySet()) {
            Map<String, String> settings = book.getKey().equals("edge")
                    ? Map.of("embed-fonts", "true") : Map.of();
            // Kept in target/ so that a person can open them in a reader after the build.
            Path out = Path.of("target", "test-epubs", book.getKey()).toAbsolutePath();
            Files.createDirectories(out);
            Files.deleteIfExists(out.resolve("book.epub"));
            Path epub = render(book.getValue(), settings, out);
            epubs.put(book.getKey(), epub);
            problems.put(book.getKey(), EpubChecker.problems(epub));
        }
    }

    static Path render(Book book, Map<String, String> settings, Path out) {
        RenderOptions options = new RenderOptions(settings, out, TIMESTAMP, reporter);
        List<RenderedFile> files = new EpubRendererFactory().create(options).render(book, out, "book");
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.role()).isEqualTo(RenderedFile.Role.BOOK);
            assertThat(f.path().getFileName()).hasToString("book.epub");
        });
        return files.get(0).path();
    }

    @Test
    void epubcheckFindsNoErrorsOrWarningsInTheSeedColumn() {
        assertThat(problems.get("seed")).isEmpty();
    }

    @Test
    void epubcheckFindsNoErrorsOrWarningsInTheThreeColumnBook() {
        assertThat(problems.get("three")).isEmpty();
    }

    @Test
    void epubcheckFindsNoErrorsOrWarningsInTheEdgeCaseBook() {
        assertThat(problems.get("edge")).isEmpty();
    }

    @Test
    void theSpineRunsFromTheFrontMatterThroughTheColumnsInOrderToTheSources() {
        EpubContents three = new EpubContents(epubs.get("three"));
        assertThat(three.select("OEBPS/content.opf", "//*[local-name()='itemref']/@idref")).containsExactly(
                "titlepage", "copyright", "nav", "column-0001", "column-0002", "column-0003", "sources");
        EpubContents edge = new EpubContents(epubs.get("edge"));
        assertThat(edge.select("OEBPS/content.opf", "//*[local-name()='itemref']/@idref")).containsExactly(
                "cover", "titlepage", "copyright", "nav", "column-0001", "column-0002", "sources");
    }

    @Test
    void theNavigationListsEveryColumnTitleAndHasLandmarks() {
        for (String name : List.of("seed", "three", "edge")) {
            EpubContents epub = new EpubContents(epubs.get(name));
            List<String> titles = new ArrayList<>(books.get(name).columns().stream().map(Column::title).toList());
            if (!name.equals("seed")) {
                titles.add("Verantwoording");
            }
            assertThat(epub.select("OEBPS/text/nav.xhtml",
                    "//*[local-name()='nav'][@*[local-name()='type']='toc']//*[local-name()='a']"))
                    .as(name).containsExactlyElementsOf(titles);
            assertThat(epub.select("OEBPS/text/nav.xhtml",
                    "//*[local-name()='nav'][@*[local-name()='type']='landmarks']//*[local-name()='a']/@*[local-name()='type']"))
                    .as(name).contains("titlepage", "toc", "bodymatter");
            assertThat(epub.select("OEBPS/toc.ncx", "//*[local-name()='navLabel']")).as(name)
                    .map(String::strip).containsExactlyElementsOf(titles);
        }
    }

    @Test
    void theMetadataDescribesTheBookAndItsAccessibility() {
        EpubContents edge = new EpubContents(epubs.get("edge"));
        String opf = "OEBPS/content.opf";
        assertThat(edge.select(opf, "/*/@version")).containsExactly("3.0");
        assertThat(edge.select(opf, "//*[local-name()='title']")).containsExactly("Randgevallen & <rariteiten>");
        assertThat(edge.select(opf, "//*[local-name()='creator']")).containsExactly("Wim Aalbers");
        assertThat(edge.select(opf, "//*[local-name()='language']")).containsExactly("nl");
        assertThat(edge.select(opf, "//*[local-name()='identifier']"))
                .containsExactly("urn:uuid:7d3f0a52-6a0e-4a8b-9c1e-5b3c2d1e0f42");
        assertThat(edge.select(opf, "//*[local-name()='publisher']")).containsExactly("Uitgeverij Kolom");
        assertThat(edge.select(opf, "//*[local-name()='date']")).containsExactly("2026-11-01");
        assertThat(edge.select(opf, "//*[local-name()='meta'][@property='dcterms:modified']"))
                .containsExactly("2026-11-26T10:15:30Z");
        assertThat(edge.select(opf, "//*[local-name()='meta'][@property='schema:accessMode']"))
                .containsExactly("textual", "visual");
        assertThat(edge.select(opf, "//*[local-name()='meta'][@property='schema:accessibilityFeature']"))
                .contains("tableOfContents", "structuralNavigation", "alternativeText");
        assertThat(edge.select(opf, "//*[local-name()='meta'][@property='schema:accessibilityHazard']"))
                .containsExactly("none");
        assertThat(edge.select(opf, "//*[local-name()='item'][@properties='cover-image']/@media-type"))
                .containsExactly("image/jpeg");
        assertThat(edge.select(opf, "//*[local-name()='item'][contains(@href, '.ttf')]/@media-type"))
                .hasSize(4).containsOnly("font/ttf");

        EpubContents three = new EpubContents(epubs.get("three"));
        assertThat(three.select(opf, "//*[local-name()='title']")).containsExactly("Columns uit de polder", "Verzameld werk");
        assertThat(three.select(opf, "//*[local-name()='meta'][@property='title-type']")).containsExactly("main", "subtitle");
        assertThat(three.select(opf, "//*[local-name()='meta'][@property='schema:accessMode']")).containsExactly("textual");
    }

    @Test
    void everyColumnsTextIsInItsDocument() {
        for (String name : List.of("seed", "three", "edge")) {
            EpubContents epub = new EpubContents(epubs.get(name));
            List<Column> columns = books.get(name).columns();
            for (int i = 0; i < columns.size(); i++) {
                String text = epub.bodyText(String.format("OEBPS/text/column-%04d.xhtml", i + 1));
                Column column = columns.get(i);
                assertThat(text).contains(column.title().replace("\u0000", ""));
                for (Block block : column.body()) {
                    if (block instanceof Block.Paragraph p) {
                        for (Inline inline : p.content()) {
                            if (inline instanceof Inline.Text t) {
                                assertThat(text).contains(t.text().replace("\u0000", "").strip());
                            }
                        }
                    }
                }
                column.copyright().ifPresent(c -> assertThat(text).contains(c));
            }
        }
        assertThat(new EpubContents(epubs.get("seed")).bodyText("OEBPS/text/column-0001.xhtml"))
                .contains("Door Wim Aalbers", "Ga niet voor de fooi maar voor de fee.", "© Wim Aalbers 2009");
    }

    @Test
    void rawLookingTextStaysTextAndNeverBecomesMarkup() {
        EpubContents edge = new EpubContents(epubs.get("edge"));
        String doc = "OEBPS/text/column-0001.xhtml";
        assertThat(edge.select(doc, "//*[local-name()='script' or local-name()='b' or local-name()='i']")).isEmpty();
        assertThat(edge.select(doc, "//*[local-name()='h1']"))
                .containsExactly("Tom & Jerry <script>alert(\"x\")</script> > 1");
        assertThat(edge.text(doc)).doesNotContain("javascript:").doesNotContain("&nbsp;");
        assertThat(edge.select(doc, "//*[local-name()='a']/@href"))
                .containsExactly("#fn-1", "https://example.org/?a=1&b=2", "#fnref-1");
        assertThat(reporter.warnings).anySatisfy(w -> assertThat(w).contains("special.md", "javascript:alert(1)"));
    }

    @Test
    void footnotesAreEpub3NotesWithLinksBothWays() {
        EpubContents edge = new EpubContents(epubs.get("edge"));
        String doc = "OEBPS/text/column-0001.xhtml";
        assertThat(edge.select(doc, "//*[@*[local-name()='type']='noteref']/@href")).containsExactly("#fn-1");
        assertThat(edge.select(doc, "//*[local-name()='aside'][@*[local-name()='type']='footnote']/@id"))
                .containsExactly("fn-1");
        assertThat(edge.select(doc, "//*[local-name()='aside']//*[local-name()='a'][@role='doc-backlink']/@href"))
                .containsExactly("#fnref-1");
    }

    @Test
    void aColumnInAnotherLanguageSaysSo() {
        EpubContents edge = new EpubContents(epubs.get("edge"));
        assertThat(edge.select("OEBPS/text/column-0002.xhtml", "/*/@lang")).containsExactly("en");
        assertThat(edge.select("OEBPS/text/column-0002.xhtml",
                "/*/@*[local-name()='lang' and namespace-uri()='http://www.w3.org/XML/1998/namespace']"))
                .containsExactly("en");
        assertThat(edge.select("OEBPS/text/column-0001.xhtml", "/*/@lang")).containsExactly("nl");
        // Its fixed words are English too: "By", not the book's "Door".
        assertThat(edge.text("OEBPS/text/column-0002.xhtml")).contains("By Wim Aalbers").doesNotContain("Door");
        assertThat(edge.text("OEBPS/text/column-0001.xhtml")).contains("Door A. Schrijver");
    }

    @Test
    void theSourcesPageSaysWhereEachColumnFirstAppeared() {
        String text = new EpubContents(epubs.get("three")).bodyText("OEBPS/text/sources.xhtml");
        assertThat(text).contains("Verantwoording",
                "De brug bij Zwolle. Eerder verschenen in NRC Handelsblad op 1 maart 2009.",
                "Een laatste woord. Eerder verschenen in NRC Handelsblad op 3 maart 2009.");
    }

    @Test
    void imagesAreCopiedWithTheirAltTextAndCaption() {
        EpubContents edge = new EpubContents(epubs.get("edge"));
        String doc = "OEBPS/text/column-0001.xhtml";
        assertThat(edge.select(doc, "//*[local-name()='img']/@alt"))
                .containsExactly("Een grafiek van het aantal lezers per jaar");
        assertThat(edge.select(doc, "//*[local-name()='figcaption']")).containsExactly("Lezers per jaar");
        String src = edge.select(doc, "//*[local-name()='img']/@src").get(0);
        assertThat(edge.entries).containsKey("OEBPS/" + src.substring("../".length()));
        assertThat(edge.select("OEBPS/text/cover.xhtml", "//*[local-name()='img']/@alt").get(0))
                .contains("Randgevallen & <rariteiten>");
    }
}
