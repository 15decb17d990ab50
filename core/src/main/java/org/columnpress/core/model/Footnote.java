package org.columnpress.core.model;

import java.util.List;

/** A footnote of one column, numbered from 1 in the order of first reference. */
public record Footnote(int number, List<Block> blocks) {
    public Footnote {
        if (number < 1) {
            throw new IllegalArgumentException("footnote numbers start at 1: " + number);
        }
        blocks = List.copyOf(blocks);
    }
}
