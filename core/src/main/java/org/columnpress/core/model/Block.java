package org.columnpress.core.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A block of a column's body, its footnotes or its author bio. Optional strings inside blocks are empty
 * strings rather than absent values: there is nothing to tell apart.
 */
public sealed interface Block {

    /** Calls the visitor's method for this kind of block and returns what it returns. */
    <R> R accept(Visitor<R> visitor);

    /**
     * The blocks in reading order, each followed by the blocks inside it (in a quote, a list's items), however
     * deeply nested: for questions about all of them, such as whether a table lacks its header row.
     */
    static List<Block> nested(List<Block> blocks) {
        return NestedBlocks.of(List.of(blocks));
    }

    /**
     * One method per kind of block. Code that walks blocks implements this rather than testing kinds one
     * by one, so that a new kind does not compile until every walk handles it: an {@code instanceof} chain
     * would let it vanish silently from one output. ({@link ListItem}, {@link Row} and {@link Cell} are
     * parts of a kind, not kinds.)
     */
    interface Visitor<R> {
        R paragraph(Paragraph paragraph);

        R heading(Heading heading);

        R blockQuote(BlockQuote quote);

        R listBlock(ListBlock list);

        R table(Table table);

        R image(Image image);

        R codeBlock(CodeBlock code);

        R thematicBreak(ThematicBreak thematicBreak);
    }

    record Paragraph(List<Inline> content) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.paragraph(this);
        }
    }

    /** A heading inside a column; level 1 to 6. The column's own title is not one of these. */
    record Heading(int level, List<Inline> content) implements Block {
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

    record BlockQuote(List<Block> blocks) implements Block {
        public BlockQuote {
            blocks = List.copyOf(blocks);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.blockQuote(this);
        }
    }

    /** A bullet list ({@code ordered} false) or a numbered list that counts from {@code start}. */
    record ListBlock(boolean ordered, int start, List<ListItem> items) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.listBlock(this);
        }
    }

    record ListItem(List<Block> blocks) {
        public ListItem {
            blocks = List.copyOf(blocks);
        }
    }

    /** A table: header rows, body rows, and one alignment per column. */
    record Table(List<Alignment> alignments, List<Row> header, List<Row> body) implements Block {
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

    enum Alignment { DEFAULT, LEFT, CENTER, RIGHT }

    record Row(List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    record Cell(List<Inline> content) {
        public Cell {
            content = List.copyOf(content);
        }
    }

    /**
     * An image. {@code file} is absolute, normalised and inside the book folder (readers check this);
     * {@code alt} is the text for readers who cannot see it; {@code title} may be empty.
     */
    record Image(Path file, String alt, String title) implements Block {
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
        public CodeBlock {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(code, "code");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.codeBlock(this);
        }
    }

    record ThematicBreak() implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.thematicBreak(this);
        }
    }
}
