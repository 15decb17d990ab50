package org.columnpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.columnpress.core.Reporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Inline;
import org.columnpress.core.render.BlockAnchors;
import org.columnpress.core.render.PageMap;
import org.columnpress.core.render.Handoff;
import org.columnpress.core.render.Handoffs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page map the book PDF's layout gives (issue 15: print page numbers in the EPUB), checked against the
 * PDF itself: the first words of each page's anchored block are on that page.
 */
class PageMapTest {

    @TempDir
    static Path dir;
    static Book book;
    static Path pdf;
    static PageMap map;
    /** Each anchor's block's first words, as printed. */
    static final Map<String, String> opening = new HashMap<>();
    static List<String> pages;

    @BeforeAll
    static void render() throws IOException {
        book = IndexPagesTest.indexedBook(dir.resolve("book")).read();
        Handoff<PageMap> exchange = Handoff.awaiting();
        pdf = new PdfRendererFactory().create(TestBooks.options(Map.of("param.hyphenate", "false"), Reporter.silent()))
                .render(book, dir, "book", new Handoffs(exchange, Handoff.none())).get(0).path();
        map = exchange.now().orElseThrow(() -> new AssertionError("the PDF renderer offered no page map"));
        for (Column column : book.columns()) {
            walk(BlockAnchors.of(book, column), column.body());
        }
        pages = Pdfs.pageTexts(pdf).stream().map(text -> text.replaceAll("\\s+", " ")).toList();
    }

    private static void walk(BlockAnchors anchors, List<Block> blocks) {
        for (Block block : blocks) {
            List<Inline> text = block instanceof Block.Paragraph p ? p.content()
                    : block instanceof Block.Heading h ? h.content() : null;
            if (text != null) {
                String[] words = Inline.plainText(text).strip().split("\\s+");
                opening.put(anchors.id(block).orElseThrow(), String.join(" ", List.of(words).subList(0, Math.min(6, words.length))));
            } else if (block instanceof Block.BlockQuote q) {
                walk(anchors, q.blocks());
            }
        }
    }

    @Test
    void everyPageIsThereWithItsLabel() throws IOException {
        try (PDDocument doc = Pdfs.open(pdf)) {
            assertThat(map.pages()).extracting(PageMap.Page::label)
                    .containsExactly(doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices());
        }
    }

    @Test
    void eachPagesFirstAnchoredBlockStartsOnThatPageAndTheOneBeforeItDoesNot() {
        assertThat(checkedExactPages(map, pages)).as("pages on which a paragraph starts").isGreaterThan(8);
    }

    @Test
    void aBookWithAPrintEditionGetsThePrintInteriorsPages(@TempDir Path print) throws IOException {
        TestBooks.Folder folder = IndexPagesTest.indexedBook(print.resolve("book"));
        folder.write("book.yaml", java.nio.file.Files.readString(folder.dir.resolve("book.yaml"))
                + "print:\n  printer: kdp\n  trim: 6x9in\n");
        Handoff<PageMap> exchange = Handoff.awaiting();
        Path interior = new PdfRendererFactory().create(TestBooks.options(Map.of("param.hyphenate", "false",
                "fail-on-preflight", "false"), Reporter.silent())).render(folder.read(), print, "book", new Handoffs(exchange, Handoff.none()))
                .stream().filter(file -> file.role() == org.columnpress.core.render.RenderedFile.Role.PRINT)
                .findFirst().orElseThrow().path();
        PageMap printed = exchange.now().orElseThrow();
        try (PDDocument doc = Pdfs.open(interior)) {
            assertThat(printed.pages()).extracting(PageMap.Page::label)
                    .containsExactly(doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices());
        }
        assertThat(printed).as("another trim, other pages").isNotEqualTo(map);
        List<String> texts = Pdfs.pageTexts(interior).stream().map(text -> text.replaceAll("\\s+", " ")).toList();
        assertThat(checkedExactPages(printed, texts)).isGreaterThan(4);
    }

    /** Checks every page of the map against the text of its page; returns how many were exact. */
    private static int checkedExactPages(PageMap map, List<String> pages) {
        int exact = 0;
        for (int index = 0; index < map.pages().size(); index++) {
            PageMap.Page page = map.pages().get(index);
            String text = pages.get(index + 1);
            if (page.exact()) {
                exact++;
                String anchor = page.anchor().orElseThrow();
                assertThat(text).as("page %s begins with %s", page.label(), anchor).contains(opening.get(anchor));
                String previous = previous(anchor);
                if (previous != null) {
                    assertThat(text).as("page %s: %s starts before", page.label(), previous)
                            .doesNotContain(opening.get(previous));
                }
            } else if (page.anchor().isPresent()) {
                assertThat(text).as("page %s begins inside %s, which starts before", page.label(), page.anchor().get())
                        .doesNotContain(opening.get(page.anchor().get()));
            }
        }
        return exact;
    }

    @Test
    void pagesBeforeTheColumnsAndAfterThemHaveNoAnchor() throws IOException {
        int first = Pdfs.pageWith(pdf, "Alinea 1 van") - 1;
        assertThat(map.pages().subList(0, first)).allSatisfy(page -> assertThat(page.anchor()).isEmpty());
        int sources = Pdfs.pageWith(pdf, "Verantwoording\n") - 1;
        assertThat(map.pages().subList(sources, map.pages().size()))
                .allSatisfy(page -> assertThat(page.anchor()).isEmpty());
        assertThat(map.pages().get(first).anchor()).hasValue("a1-1");
    }

    /** a1-5 for a1-6; null for a column's first. */
    private static String previous(String anchor) {
        int dash = anchor.indexOf('-');
        int n = Integer.parseInt(anchor.substring(dash + 1));
        return n > 1 ? anchor.substring(0, dash) + "-" + (n - 1) : null;
    }
}
