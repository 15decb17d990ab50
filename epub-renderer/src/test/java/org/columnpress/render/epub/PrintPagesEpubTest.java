package org.columnpress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.IndexTerm;
import org.columnpress.core.render.BlockAnchors;
import org.columnpress.core.render.PageMap;
import org.columnpress.core.render.Handoff;
import org.columnpress.core.render.Handoffs;
import org.columnpress.core.render.RenderOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The print edition's pages in the EPUB (issue 15), from a page map as the PDF renderer hands it over: the
 * index book with a map that puts a page on every tenth anchored block of each column (and one that begins
 * inside a block), after four unanchored front pages. Kept in target/test-epubs/print-pages.
 */
class PrintPagesEpubTest {

    private static final String ROOT = "OEBPS/";
    private static final String NAV = ROOT + "text/nav.xhtml";
    private static final String OPF = ROOT + "content.opf";
    /** XPath from a page-break marker to the block it marks: the paragraph or list item it starts, or the heading after it. */
    static String block(String marker) {
        String starts = "parent::*[local-name()='p' or local-name()='li'][@id]";
        return marker + "/" + starts + " | " + marker + "[not(" + starts + ")]"
                + "/following-sibling::*[not(@role='doc-pagebreak')][1]";
    }

    static Book book;
    static PageMap map;
    static EpubContents epub;
    static List<String> problems;

    @BeforeAll
    static void renderAndCheck() throws Exception {
        Path out = Path.of("target", "test-epubs", "print-pages").toAbsolutePath();
        Files.createDirectories(out);
        Files.deleteIfExists(out.resolve("book.epub"));
        book = IndexEpubTest.indexedBook(out.resolve("book")).read();
        map = pageMap(book);
        Handoff<PageMap> exchange = Handoff.awaiting();
        exchange.offer(map);
        RenderOptions options = new RenderOptions(Map.of(), out, EpubBooksTest.TIMESTAMP, new RecordingReporter());
        Path file = new EpubRendererFactory().create(options).render(book, out, "book", new Handoffs(exchange, Handoff.none())).get(0).path();
        epub = new EpubContents(file);
        problems = EpubChecker.problems(file);
    }

    /** Pages i-iv without an anchor, then for each column a page on its first and every tenth anchored block. */
    static PageMap pageMap(Book book) {
        List<PageMap.Page> pages = new ArrayList<>();
        for (String roman : List.of("i", "ii", "iii", "iv")) {
            pages.add(new PageMap.Page(roman, Optional.empty(), false));
        }
        int number = 1;
        for (Column column : book.columns()) {
            BlockAnchors anchors = BlockAnchors.of(book, column);
            List<String> ids = new ArrayList<>();
            for (Block block : column.body()) {
                anchors.id(block).ifPresent(ids::add);
            }
            for (int i = 0; i < ids.size(); i += 10) {
                pages.add(new PageMap.Page(Integer.toString(number++), Optional.of(ids.get(i)), true));
                if (i == 0 && ids.size() > 1) { // a page that begins inside the first block
                    pages.add(new PageMap.Page(Integer.toString(number++), Optional.of(ids.get(0)), false));
                }
            }
        }
        pages.add(new PageMap.Page(Integer.toString(number), Optional.empty(), false)); // the sources page
        return new PageMap(pages, places(book));
    }

    /**
     * The index's occurrences in reading order (by column, then by their number in the column) on pages of
     * twenty: the first nineteen on page 1, and so on.
     */
    static Map<String, String> places(Book book) {
        List<String> owners = book.columns().stream().map(Column::id).toList();
        List<IndexTerm.Occurrence> all = new ArrayList<>();
        book.index().forEach(term -> all.addAll(term.occurrences()));
        all.sort(java.util.Comparator.comparing((IndexTerm.Occurrence o) -> owners.indexOf(o.owner()))
                .thenComparing(o -> Integer.parseInt(o.id().substring(o.id().lastIndexOf('-') + 1))));
        Map<String, String> places = new java.util.HashMap<>();
        for (int n = 1; n <= all.size(); n++) {
            places.put(all.get(n - 1).id(), Integer.toString(1 + n / 20));
        }
        return places;
    }

    private static String page(IndexTerm.Occurrence occurrence) {
        return places(book).get(occurrence.id());
    }

    @Test
    void theIndexCitesThePrintedPagesEachOnceLinkingToTheFirstOccurrenceOnIt() {
        String index = ROOT + "text/index.xhtml";
        for (IndexTerm term : book.index()) {
            Map<String, String> firstOnPage = new LinkedHashMap<>();
            term.occurrences().forEach(o -> firstOnPage.putIfAbsent(page(o), o.id()));
            String locators = "//*[@id='" + term.id() + "']//*[@*[local-name()='type']='index-locator']";
            assertThat(epub.select(index, locators)).as(term.term()).containsExactlyElementsOf(firstOnPage.keySet());
            assertThat(epub.select(index, locators + "/@href")).as(term.term())
                    .extracting(href -> href.substring(href.indexOf('#') + 1))
                    .containsExactlyElementsOf(firstOnPage.values());
        }
        assertThat(epub.select(index, "//*[@id='" + book.index().stream().filter(t -> t.term().equals("Amersfoort"))
                .findFirst().orElseThrow().id() + "']//*[@*[local-name()='type']='index-locator']"))
                .as("Amersfoort, in every paragraph of the long column, on many pages").hasSizeGreaterThan(10);
    }

    @Test
    void epubcheckFindsNoErrorsOrWarnings() {
        assertThat(problems).isEmpty();
    }

    @Test
    void thePageListListsEveryAnchoredPageInOrderWithItsPrintedNumber() {
        List<String> expected = map.pages().stream().filter(p -> p.anchor().isPresent()).map(PageMap.Page::label)
                .toList();
        String list = "//*[local-name()='nav'][@*[local-name()='type']='page-list']";
        assertThat(epub.select(NAV, list + "//*[local-name()='a']")).containsExactlyElementsOf(expected);
        assertThat(epub.select(NAV, list + "/@role")).containsExactly("doc-pagelist");
        assertThat(epub.select(NAV, list + "/@aria-label")).as("in the book's language").containsExactly("Paginalijst");
        assertThat(expected).hasSizeGreaterThan(40);
    }

    @Test
    void eachPageListEntryLandsOnAPageBreakMarkerRightBeforeTheBlockThePageBeginsWith() {
        String list = "//*[local-name()='nav'][@*[local-name()='type']='page-list']//*[local-name()='a']/@href";
        List<String> hrefs = epub.select(NAV, list);
        List<PageMap.Page> anchored = map.pages().stream().filter(p -> p.anchor().isPresent()).toList();
        List<String> documents = new ArrayList<>();
        for (int i = 0; i < hrefs.size(); i++) {
            String href = hrefs.get(i);
            String document = ROOT + "text/" + href.substring(0, href.indexOf('#'));
            String id = href.substring(href.indexOf('#') + 1);
            String marker = "//*[@id='" + id + "']";
            assertThat(epub.select(document, marker + "/@*[local-name()='type']")).as(href).containsExactly("pagebreak");
            assertThat(epub.select(document, marker + "/@role")).as(href).containsExactly("doc-pagebreak");
            assertThat(epub.select(document, marker + "/@aria-label")).as(href).containsExactly(anchored.get(i).label());
            // the block with the page's anchor: the paragraph (or list item) the marker starts, else the heading
            // after it
            assertThat(epub.select(document, "(" + block(marker) + ")/@id")).as(href)
                    .containsExactly(anchored.get(i).anchor().orElseThrow());
            documents.add(document);
        }
        assertThat(documents.stream().distinct()).as("the long column's second document too")
                .contains(ROOT + "text/column-0001.xhtml", ROOT + "text/column-0001-2.xhtml",
                        ROOT + "text/column-0003.xhtml");
    }

    @Test
    void theMetadataNamesThePrintEditionAndItsPageNavigation() {
        String meta = "//*[local-name()='meta'][@property='%s']";
        assertThat(epub.select(OPF, meta.formatted("pageBreakSource"))).containsExactly(book.identifier());
        assertThat(epub.select(OPF, meta.formatted("schema:accessibilityFeature")))
                .contains("index", "printPageNumbers", "pageNavigation");
        assertThat(epub.select(OPF, meta.formatted("schema:accessibilitySummary"))).singleElement().asString()
                .contains("page list", book.identifier());
        assertThat(epub.select(OPF, meta.formatted("dcterms:conformsTo")))
                .containsExactly("EPUB Accessibility 1.1 - WCAG 2.1 Level AA");
    }
}
