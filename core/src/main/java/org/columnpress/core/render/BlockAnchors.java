package org.columnpress.core.render;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;

/**
 * The ids every renderer gives a column's blocks, so that a place in the printed book (the page a paragraph
 * starts on, as the PDF's layout finds it) can be named in the EPUB. This is the one rule, in one place:
 * walking a column's body in reading order, into quotes and list items (not into table cells, footnotes or
 * the bio), every paragraph and heading is anchored; the n-th (from 1) is {@code a<c>-<n>}, {@code c} the
 * column's number in the book (from 1): short, as every paragraph of a 1,000-column book carries one, and
 * unique in the book. A long paragraph a renderer sets in parts carries its anchor on the first part.
 * Blocks are told apart by identity (two equal paragraphs are two places).
 */
public final class BlockAnchors {

    private static final Pattern ANCHOR = Pattern.compile("a[0-9]+-[0-9]+");

    private final Map<Block, String> ids = new IdentityHashMap<>();

    private BlockAnchors() {
    }

    /**
     * The anchors of a column of the book (which must be one of its columns).
     *
     * @param book   the book
     * @param column one of its columns, the same instance
     * @return the column's anchors
     * @throws IllegalArgumentException if the column is not one of the book's
     */
    public static BlockAnchors of(Book book, Column column) {
        List<Column> columns = book.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) == column) {
                return of("a" + (i + 1), column.body());
            }
        }
        throw new IllegalArgumentException("Column '" + column.id() + "' is not a column of '" + book.title() + "'");
    }

    /** The anchors of a body, each {@code <prefix>-<n>}. */
    static BlockAnchors of(String prefix, List<Block> body) {
        BlockAnchors anchors = new BlockAnchors();
        anchors.walk(prefix, body, new int[1]);
        return anchors;
    }

    private void walk(String prefix, List<Block> blocks, int[] count) {
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph || block instanceof Block.Heading) {
                ids.put(block, prefix + "-" + ++count[0]);
            } else if (block instanceof Block.BlockQuote quote) {
                walk(prefix, quote.blocks(), count);
            } else if (block instanceof Block.ListBlock list) {
                for (Block.ListItem item : list.items()) {
                    walk(prefix, item.blocks(), count);
                }
            }
        }
    }

    /**
     * The block's anchor; empty for a block that has none (a table, an image, a block not of this body).
     *
     * @param block a block of the column's body, by identity
     * @return the anchor, such as {@code a3-12}
     */
    public Optional<String> id(Block block) {
        return Optional.ofNullable(ids.get(block));
    }

    /**
     * Whether an id is an anchor of this rule's making, as opposed to any other id in a rendered book.
     *
     * @param id an id from a rendered book
     * @return whether it has the form {@code a<c>-<n>}
     */
    public static boolean isAnchor(String id) {
        return ANCHOR.matcher(id).matches();
    }
}
