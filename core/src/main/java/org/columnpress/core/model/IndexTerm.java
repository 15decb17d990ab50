package org.columnpress.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A term of the book's index with every place it occurs, as both the PDF and the EPUB list it.
 *
 * @param id          unique in the book, safe in XML ids: {@code ix-} and the term's letters
 * @param term        as printed and sorted: "Rutte, Mark"
 * @param group       the heading it is listed under: its initial letter in the book's language ("A" for
 *                    "Ärger" in German, "IJ" for "IJssel" in Dutch)
 * @param seeAlso     other terms' printed forms, each a term of the index
 * @param occurrences in reading order; empty for a term that is only a "see also"
 */
public record IndexTerm(String id, String term, String group, List<String> seeAlso, List<Occurrence> occurrences) {

    /**
     * Checks the components and copies the lists.
     *
     * @param id          unique in the book
     * @param term        as printed and sorted
     * @param group       the initial-letter heading it is listed under
     * @param seeAlso     other terms' printed forms; may be empty
     * @param occurrences in reading order; may be empty
     * @throws NullPointerException if a component is null
     */
    public IndexTerm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(group, "group");
        seeAlso = List.copyOf(seeAlso);
        occurrences = List.copyOf(occurrences);
    }

    /**
     * One place a term occurs.
     *
     * @param id    the {@link Inline.IndexMark#id()} at that place
     * @param owner the id of the column (or piece of front or back matter) it is in
     */
    public record Occurrence(String id, String owner) {
        /**
         * What every occurrence's id starts with (then its owner's id and a number, {@code ix-de-trein-3}):
         * renderers tell them from other ids by it.
         */
        public static final String ID_PREFIX = "ix-";

        /**
         * Checks that no part is null.
         *
         * @param id    the index mark's id
         * @param owner the id of the column or matter it is in
         * @throws NullPointerException if a part is null
         */
        public Occurrence {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(owner, "owner");
        }
    }
}
