package org.columnpress.core.model;

import java.util.List;

/**
 * A footnote of one column.
 *
 * @param number from 1, in the order of first reference ({@link Inline.FootnoteRef})
 * @param blocks the note's text
 */
public record Footnote(int number, List<Block> blocks) {
    /**
     * Checks the number and copies the blocks.
     *
     * @param number from 1
     * @param blocks the note's text
     * @throws IllegalArgumentException if the number is below 1
     */
    public Footnote {
        if (number < 1) {
            throw new IllegalArgumentException("footnote numbers start at 1: " + number);
        }
        blocks = List.copyOf(blocks);
    }
}
