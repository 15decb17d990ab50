package org.columnpress.core.render;

import java.util.ArrayList;
import java.util.List;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Inline;

/**
 * Where a very long column's body is cut into parts, the same for every renderer: the PDF sets each part
 * as its own page sequence (FOP lays out a page sequence only once it has read all of it and keeps it
 * whole in memory until then: a 10 MB column as one sequence needs about 2 GB), the EPUB writes each to
 * its own content document (reading systems page through one document at a time). A part ends before
 * the first heading once it holds {@link #LIMIT}/2 characters, else before the block that would take it
 * past {@link #LIMIT}. The PDF also cuts between the parts of a paragraph too long for what is left of a
 * part, and goes on with it in the next. Each part after the first begins on a new page, which is why
 * only columns far longer than any ordinary one are cut.
 */
public final class BodyCutter {

    /** About 100 A5 pages of text; a column, even a long essay, stays far below it. */
    public static final int LIMIT = 200_000;

    private int length;

    /**
     * The body in parts, cut only between its top-level blocks: one part unless it {@link #isLong}.
     *
     * @param body a column's body
     * @return the parts in order, none empty
     */
    public static List<List<Block>> split(List<Block> body) {
        if (!isLong(body)) {
            return List.of(body);
        }
        BodyCutter cutter = new BodyCutter();
        List<List<Block>> parts = new ArrayList<>();
        List<Block> part = new ArrayList<>();
        for (Block block : body) {
            if (cutter.cutBefore(size(block), block instanceof Block.Heading)) {
                parts.add(List.copyOf(part));
                part.clear();
            }
            part.add(block);
        }
        parts.add(List.copyOf(part));
        return List.copyOf(parts);
    }

    /**
     * Whether the body is long enough to be cut at all.
     *
     * @param body a column's body
     * @return whether its text is over {@link #LIMIT} characters
     */
    public static boolean isLong(List<Block> body) {
        long total = 0;
        for (Block block : body) {
            total += size(block);
        }
        return total > LIMIT;
    }

    /**
     * Whether a new body begins before the next piece of the body (a top-level block, or a part of a
     * long paragraph) of this many characters; counts the piece into the body it goes to.
     *
     * @param size    the piece's characters, as {@link #size} counts them
     * @param heading whether the piece is a heading, before which a part may end early
     * @return whether to cut before the piece
     */
    public boolean cutBefore(int size, boolean heading) {
        boolean cut = length > 0 && (length + size > LIMIT || heading && length >= LIMIT / 2);
        length = cut ? size : length + size;
        return cut;
    }

    /**
     * The characters of text in a block, roughly what it takes on the page.
     *
     * @param block the block, with what is inside it
     * @return the characters; an image counts as 1,000
     */
    public static int size(Block block) {
        return block.accept(SIZE);
    }

    private static final Block.Visitor<Integer> SIZE = new Block.Visitor<>() {
        @Override
        public Integer paragraph(Block.Paragraph p) {
            return Inline.plainText(p.content()).length();
        }

        @Override
        public Integer heading(Block.Heading h) {
            return Inline.plainText(h.content()).length();
        }

        @Override
        public Integer blockQuote(Block.BlockQuote q) {
            return sum(q.blocks());
        }

        @Override
        public Integer listBlock(Block.ListBlock l) {
            int size = 0;
            for (Block.ListItem item : l.items()) {
                size += sum(item.blocks());
            }
            return size;
        }

        @Override
        public Integer table(Block.Table t) {
            int size = 0;
            for (Block.Row row : t.header()) {
                size += cells(row);
            }
            for (Block.Row row : t.body()) {
                size += cells(row);
            }
            return size;
        }

        @Override
        public Integer codeBlock(Block.CodeBlock c) {
            return c.code().length();
        }

        @Override
        public Integer image(Block.Image image) {
            return 1_000; // about half a page
        }

        @Override
        public Integer thematicBreak(Block.ThematicBreak thematicBreak) {
            return 0;
        }
    };

    private static int sum(List<Block> blocks) {
        int size = 0;
        for (Block block : blocks) {
            size += size(block);
        }
        return size;
    }

    private static int cells(Block.Row row) {
        int size = 0;
        for (Block.Cell cell : row.cells()) {
            size += Inline.plainText(cell.content()).length();
        }
        return size;
    }
}
