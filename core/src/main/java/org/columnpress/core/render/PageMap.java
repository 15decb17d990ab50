package org.columnpress.core.render;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where each page of the printed book begins, in terms every renderer knows: for each page of the printed
 * book in order (the print edition's interior, for a book with one; else the book PDF), its label (the number printed on it: "v", "12") and the {@link BlockAnchors anchor} of the first
 * block that starts on it ({@code exact}), or, for a page that begins inside a block and has none starting
 * on it, the anchor of that block ({@code exact} false: the page begins somewhere in it). Pages before the
 * first anchored block (title pages, the contents) have no anchor. Made by the PDF renderer from FOP's
 * layout; the EPUB renderer marks its page breaks with it. No renderer's types: it crosses modules.
 *
 * @param pages  every page of the printed book, in order
 * @param places the page label of each of the index's occurrences ({@code IndexTerm.Occurrence} id to label),
 *               as the printed index lists it, so that the EPUB's index can cite the same pages; empty when
 *               the maker knows none
 * @since 0.1.0
 */
public record PageMap(List<Page> pages, Map<String, String> places) {

    /**
     * Copies the pages and places.
     *
     * @param pages  every page, in order
     * @param places page label by index occurrence id; may be empty
     */
    public PageMap {
        pages = List.copyOf(pages);
        places = Map.copyOf(places);
    }

    /**
     * A map of the pages alone, without the index's places.
     *
     * @param pages every page, in order
     */
    public PageMap(List<Page> pages) {
        this(pages, Map.of());
    }

    /**
     * One printed page.
     *
     * @param label  the page number as printed
     * @param anchor the first block starting on it, or the block it begins in; empty before the first
     * @param exact  whether the block starts on this page
     */
    public record Page(String label, Optional<String> anchor, boolean exact) {
        /**
         * Checks that no part is null.
         *
         * @param label  the page number as printed
         * @param anchor the block's anchor; empty before the first
         * @param exact  whether the block starts on this page
         * @throws NullPointerException if the label or anchor is null
         */
        public Page {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(anchor, "anchor");
        }
    }
}
