package org.columnpress.render.epub.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.render.BlockAnchors;
import org.columnpress.core.render.PageMap;

/**
 * The print edition's pages in the EPUB, from the book PDF's {@link PageMap}: a page-break marker at the
 * block each page begins with (or, for a page that begins inside a block, at that block: the page begins
 * somewhere in it; at worst the marker stands at the start of the paragraph in which the page begins), and the
 * page list that links to the markers. Only pages that begin in a column's body
 * have a marker: the PDF names no block for its title pages, contents, part title pages and front and back
 * matter, nor for a page that begins in a table, an image or a note.
 */
final class PageBreaks {

    /**
     * One printed page as the EPUB marks it.
     *
     * @param label the number printed on it
     * @param id    the marker's id, unique in the book ({@code pg-} and the page's place in the PDF, from 1)
     * @param href  the marker's document, relative to the package document
     */
    record Page(String label, String id, String href) {
    }

    private final Map<String, List<Page>> before = new HashMap<>();
    private final List<Page> pages = new ArrayList<>();
    private final String source;
    private final Map<String, String> places;

    private PageBreaks(String source, Map<String, String> places) {
        this.source = source;
        this.places = places;
    }

    /** The pages of the map whose anchors are in the book's columns, in the documents the plan puts them in. */
    static PageBreaks of(Book book, Plan plan, PageMap map) {
        Map<String, String> documentOf = new HashMap<>();
        for (int i = 0; i < book.columns().size(); i++) {
            Column column = book.columns().get(i);
            BlockAnchors anchors = BlockAnchors.of(book, column);
            for (Plan.ColumnPart part : plan.columnParts(i)) {
                place(part.body(), anchors, part.href(), documentOf);
            }
        }
        PageBreaks breaks = new PageBreaks(book.identifier(), map.places());
        for (int i = 0; i < map.pages().size(); i++) {
            PageMap.Page page = map.pages().get(i);
            String anchor = page.anchor().orElse(null);
            String href = anchor == null ? null : documentOf.get(anchor);
            if (href != null) {
                Page marked = new Page(page.label(), "pg-" + (i + 1), href);
                breaks.pages.add(marked);
                breaks.before.computeIfAbsent(anchor, a -> new ArrayList<>()).add(marked);
            }
        }
        return breaks;
    }

    /** Notes the document of every anchored block, into quotes and list items as {@link BlockAnchors} walks. */
    private static void place(List<Block> blocks, BlockAnchors anchors, String href, Map<String, String> documentOf) {
        for (Block block : blocks) {
            anchors.id(block).ifPresent(id -> documentOf.put(id, href));
            if (block instanceof Block.BlockQuote quote) {
                place(quote.blocks(), anchors, href, documentOf);
            } else if (block instanceof Block.ListBlock list) {
                list.items().forEach(item -> place(item.blocks(), anchors, href, documentOf));
            }
        }
    }

    /** The pages whose markers stand at the block with this anchor, in order; empty for most blocks. */
    List<Page> before(String anchor) {
        return before.getOrDefault(anchor, List.of());
    }

    /** Every marked page, in reading order. */
    List<Page> pages() {
        return List.copyOf(pages);
    }

    /** The printed page of each of the index's occurrences (by occurrence id), as the printed index cites it. */
    Map<String, String> places() {
        return places;
    }

    /** The print edition the pages are of: the book's identifier, which the PDF carries too (its ISBN when given). */
    String source() {
        return source;
    }

    /** Writes a page's marker: empty, so it shows nothing, with its number for assistive technology. */
    static void marker(Xhtml x, Page page) {
        x.start("span", "id", page.id(), "role", "doc-pagebreak", "aria-label", page.label(), "title", page.label())
                .epubType("pagebreak").end();
    }
}
