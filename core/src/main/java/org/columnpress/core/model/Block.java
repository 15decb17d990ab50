package org.columnpress.core.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A block of a column's body, its footnotes or its author bio. Optional strings inside blocks are empty
 * strings rather than absent values: there is nothing to tell apart.
 */
public sealed interface Block {

    /**
     * Calls the visitor's method for this kind of block and returns what it returns.
     *
     * @param <R>     what the visitor makes of a block
     * @param visitor the walk to take part in
     * @return what the visitor's method returned
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * The blocks in reading order, each followed by the blocks inside it (in a quote, a list's items), however
     * deeply nested: for questions about all of them, such as whether a table lacks its header row.
     *
     * @param blocks the top-level blocks, in reading order
     * @return every block, parents before their children; the list cannot be changed
     */
    static List<Block> nested(List<Block> blocks) {
        return NestedBlocks.of(List.of(blocks));
    }

    /**
     * One method per kind of block. Code that walks blocks implements this rather than testing kinds one
     * by one, so that a new kind does not compile until every walk handles it: an {@code instanceof} chain
     * would let it vanish silently from one output. ({@link ListItem}, {@link Row} and {@link Cell} are
     * parts of a kind, not kinds.)
     *
     * @param <R> what the walk makes of a block (a {@code Void} for one that only writes)
     */
    interface Visitor<R> {
        /**
         * Visits a paragraph.
         *
         * @param paragraph the paragraph
         * @return what the walk makes of it
         */
        R paragraph(Paragraph paragraph);

        /**
         * Visits a heading inside a column.
         *
         * @param heading the heading, level 1 to 6
         * @return what the walk makes of it
         */
        R heading(Heading heading);

        /**
         * Visits a block quote; the walk decides whether to visit the blocks inside it.
         *
         * @param quote the quote
         * @return what the walk makes of it
         */
        R blockQuote(BlockQuote quote);

        /**
         * Visits a bullet or numbered list; the walk decides whether to visit its items.
         *
         * @param list the list
         * @return what the walk makes of it
         */
        R listBlock(ListBlock list);

        /**
         * Visits a table.
         *
         * @param table the table
         * @return what the walk makes of it
         */
        R table(Table table);

        /**
         * Visits an image that stands as a block of its own.
         *
         * @param image the image
         * @return what the walk makes of it
         */
        R image(Image image);

        /**
         * Visits a block of preformatted code.
         *
         * @param code the code block
         * @return what the walk makes of it
         */
        R codeBlock(CodeBlock code);

        /**
         * Visits a thematic break (a scene break between paragraphs).
         *
         * @param thematicBreak the break
         * @return what the walk makes of it
         */
        R thematicBreak(ThematicBreak thematicBreak);
    }

    /**
     * A paragraph of running text.
     *
     * @param content its text, in reading order
     */
    record Paragraph(List<Inline> content) implements Block {
        /**
         * Copies the content.
         *
         * @param content its text, in reading order
         */
        public Paragraph {
            content = List.copyOf(content);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.paragraph(this);
        }
    }

    /**
     * A heading inside a column. The column's own title is not one of these.
     *
     * @param level   1 to 6, as the number of {@code #} in Markdown
     * @param content its text
     */
    record Heading(int level, List<Inline> content) implements Block {
        /**
         * Checks the level and copies the content.
         *
         * @param level   1 to 6
         * @param content its text
         * @throws IllegalArgumentException if the level is outside 1 to 6
         */
        public Heading {
            if (level < 1 || level > 6) {
                throw new IllegalArgumentException("heading level must be 1 to 6: " + level);
            }
            content = List.copyOf(content);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.heading(this);
        }
    }

    /**
     * A quoted passage, set apart from the running text.
     *
     * @param blocks what it quotes, in reading order
     */
    record BlockQuote(List<Block> blocks) implements Block {
        /**
         * Copies the blocks.
         *
         * @param blocks what it quotes, in reading order
         */
        public BlockQuote {
            blocks = List.copyOf(blocks);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.blockQuote(this);
        }
    }

    /**
     * A bullet list or a numbered list.
     *
     * @param ordered whether the items are numbered
     * @param start   the number of the first item; not used in a bullet list
     * @param items   in order
     */
    record ListBlock(boolean ordered, int start, List<ListItem> items) implements Block {
        /**
         * Copies the items.
         *
         * @param ordered whether the items are numbered
         * @param start   the number of the first item
         * @param items   in order
         */
        public ListBlock {
            items = List.copyOf(items);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.listBlock(this);
        }
    }

    /**
     * One item of a {@link ListBlock}.
     *
     * @param blocks its content, which may hold further lists
     */
    record ListItem(List<Block> blocks) {
        /**
         * Copies the blocks.
         *
         * @param blocks its content
         */
        public ListItem {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * A table.
     *
     * @param alignments one per column, left to right
     * @param header     the header rows; empty for a table without one
     * @param body       the body rows
     */
    record Table(List<Alignment> alignments, List<Row> header, List<Row> body) implements Block {
        /**
         * Copies the lists.
         *
         * @param alignments one per column, left to right
         * @param header     the header rows; may be empty
         * @param body       the body rows
         */
        public Table {
            alignments = List.copyOf(alignments);
            header = List.copyOf(header);
            body = List.copyOf(body);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.table(this);
        }
    }

    /** How a table column's cells are aligned, as the Markdown delimiter row says. */
    enum Alignment {
        /** No colon in the delimiter row: the output's usual alignment. */
        DEFAULT,
        /** Flush left. */
        LEFT,
        /** Centred. */
        CENTER,
        /** Flush right. */
        RIGHT
    }

    /**
     * One row of a {@link Table}.
     *
     * @param cells left to right
     */
    record Row(List<Cell> cells) {
        /**
         * Copies the cells.
         *
         * @param cells left to right
         */
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One cell of a table {@link Row}.
     *
     * @param content its text; empty for an empty cell
     */
    record Cell(List<Inline> content) {
        /**
         * Copies the content.
         *
         * @param content its text
         */
        public Cell {
            content = List.copyOf(content);
        }
    }

    /**
     * An image. {@code file} is absolute, normalised and inside the book folder (readers check this);
     * {@code alt} is the text for readers who cannot see it; {@code title} may be empty.
     */
    record Image(Path file, String alt, String title) implements Block {
        /**
         * Checks that no part is null.
         *
         * @param file  the image file, absolute
         * @param alt   the text for readers who cannot see it
         * @param title the title; may be empty
         * @throws NullPointerException if a part is null
         */
        public Image {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(alt, "alt");
            Objects.requireNonNull(title, "title");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.image(this);
        }
    }

    /** Preformatted code; {@code language} is the fence's info string, or empty. */
    record CodeBlock(String language, String code) implements Block {
        /**
         * Checks that no part is null.
         *
         * @param language the fence's info string; may be empty
         * @param code     the code, line breaks kept
         * @throws NullPointerException if a part is null
         */
        public CodeBlock {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(code, "code");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.codeBlock(this);
        }
    }

    /** A thematic break: a scene break between paragraphs ({@code ***} or {@code ---} in Markdown). */
    record ThematicBreak() implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.thematicBreak(this);
        }
    }
}
