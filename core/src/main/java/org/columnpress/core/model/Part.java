package org.columnpress.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.nio.file.Path;

/**
 * A part of the book: a group of columns under a title of its own ("Deel een: Werk"), as anthologies
 * group columns by theme or year. A book has parts or none; when it has them, every column is in exactly
 * one, and the parts hold the columns in the book's reading order.
 *
 * @param id        unique in the book and never a column's ({@code part_1}, {@code part_2}, ...)
 * @param number    1, 2, ...: the part's place in the book
 * @param label     the part's number in words of the book's language, as printed above the title:
 *                  "Part One", "Deel een" ({@link Labels#partNumber(int)})
 * @param title     never blank
 * @param intro     a short introduction printed with the part's title; may be empty
 * @param introFile the file the introduction came from, when there is one
 * @param columns   the ids of the part's columns, in order; never empty
 */
public record Part(String id, int number, String label, String title, List<Block> intro, Optional<Path> introFile,
        List<String> columns) {

    /**
     * Checks the components and copies the lists.
     *
     * @param id        {@link #idOf(int)} of the number
     * @param number    from 1
     * @param label     the number in words
     * @param title     never blank
     * @param intro     may be empty
     * @param introFile empty for none
     * @param columns   never empty
     * @throws IllegalArgumentException if the number is below 1, the title is blank or there are no columns
     * @throws NullPointerException     if a component is null
     */
    public Part {
        Objects.requireNonNull(id, "id");
        if (number < 1) {
            throw new IllegalArgumentException("parts are numbered from 1: " + number);
        }
        Objects.requireNonNull(label, "label");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a part needs a title");
        }
        intro = List.copyOf(intro);
        Objects.requireNonNull(introFile, "introFile");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a part needs columns: " + title);
        }
    }

    /**
     * Every image of its introduction, however deeply nested, in reading order.
     *
     * @return the images; empty for none
     */
    public List<Block.Image> images() {
        return NestedBlocks.of(List.of(intro)).stream().filter(Block.Image.class::isInstance)
                .map(Block.Image.class::cast).toList();
    }

    /**
     * The id of the {@code number}th part: the one rule for part ids.
     *
     * @param number from 1
     * @return {@code part_} and the number
     */
    public static String idOf(int number) {
        return "part_" + number;
    }
}
