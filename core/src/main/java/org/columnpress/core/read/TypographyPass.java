package org.columnpress.core.read;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Inline;

/**
 * Applies {@link Typography} to a column's blocks: each paragraph, heading and table cell is one run of
 * text, so quotes pair across emphasis and links. Code, and link text that spells out its own address,
 * are left exactly as written.
 */
final class TypographyPass implements Block.Visitor<Block> {

    private final Typography typography;

    TypographyPass(Typography typography) {
        this.typography = typography;
    }

    List<Block> blocks(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            out.add(block.accept(this));
        }
        return out;
    }

    @Override
    public Block paragraph(Block.Paragraph p) {
        return new Block.Paragraph(inlines(p.content()));
    }

    @Override
    public Block heading(Block.Heading h) {
        return new Block.Heading(h.level(), inlines(h.content()));
    }

    @Override
    public Block blockQuote(Block.BlockQuote q) {
        return new Block.BlockQuote(blocks(q.blocks()));
    }

    @Override
    public Block listBlock(Block.ListBlock l) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Block.ListItem item : l.items()) {
            items.add(new Block.ListItem(blocks(item.blocks())));
        }
        return new Block.ListBlock(l.ordered(), l.start(), items);
    }

    @Override
    public Block table(Block.Table t) {
        return new Block.Table(t.alignments(), rows(t.header()), rows(t.body()));
    }

    // Code, images and breaks have no running text.

    @Override
    public Block image(Block.Image image) {
        return image;
    }

    @Override
    public Block codeBlock(Block.CodeBlock code) {
        return code;
    }

    @Override
    public Block thematicBreak(Block.ThematicBreak thematicBreak) {
        return thematicBreak;
    }

    private List<Block.Row> rows(List<Block.Row> rows) {
        List<Block.Row> out = new ArrayList<>();
        for (Block.Row row : rows) {
            List<Block.Cell> cells = new ArrayList<>();
            for (Block.Cell cell : row.cells()) {
                cells.add(new Block.Cell(inlines(cell.content())));
            }
            out.add(new Block.Row(cells));
        }
        return out;
    }

    List<Inline> inlines(List<Inline> inlines) {
        List<Typography.Piece> pieces = new ArrayList<>();
        new Collect(pieces, true).all(inlines);
        Iterator<String> fixed = typography.apply(pieces).iterator();
        return new Rebuild(fixed).all(inlines);
    }

    /**
     * The pieces of text of some inlines, in order, each marked whether typography may change it. What
     * takes a piece here takes the corrected piece back in {@link Rebuild}.
     */
    private static final class Collect implements Inline.Visitor<Void> {

        private final List<Typography.Piece> pieces;
        private final boolean editable;

        Collect(List<Typography.Piece> pieces, boolean editable) {
            this.pieces = pieces;
            this.editable = editable;
        }

        Void all(List<Inline> inlines) {
            for (Inline inline : inlines) {
                inline.accept(this);
            }
            return null;
        }

        private Void piece(String text, boolean editable) {
            pieces.add(new Typography.Piece(text, editable));
            return null;
        }

        @Override
        public Void text(Inline.Text t) {
            return piece(t.text(), editable);
        }

        @Override
        public Void code(Inline.Code c) {
            return piece(c.code(), false);
        }

        @Override
        public Void lineBreak(Inline.LineBreak lineBreak) {
            return piece("\n", false);
        }

        @Override
        public Void emphasis(Inline.Emphasis e) {
            return all(e.content());
        }

        @Override
        public Void strong(Inline.Strong s) {
            return all(s.content());
        }

        @Override
        public Void link(Inline.Link l) {
            return new Collect(pieces, editable && !spellsTarget(l)).all(l.content());
        }

        @Override
        public Void footnoteRef(Inline.FootnoteRef ref) {
            return null; // no text: quotes pair across it
        }

        @Override
        public Void indexMark(Inline.IndexMark mark) {
            return null; // no text: quotes pair across it
        }
    }

    /** The inlines again, each piece of text replaced by its corrected version in the order collected. */
    private static final class Rebuild implements Inline.Visitor<Inline> {

        private final Iterator<String> fixed;

        Rebuild(Iterator<String> fixed) {
            this.fixed = fixed;
        }

        List<Inline> all(List<Inline> inlines) {
            List<Inline> out = new ArrayList<>(inlines.size());
            for (Inline inline : inlines) {
                out.add(inline.accept(this));
            }
            return out;
        }

        @Override
        public Inline text(Inline.Text t) {
            return new Inline.Text(fixed.next());
        }

        @Override
        public Inline code(Inline.Code c) {
            fixed.next();
            return c;
        }

        @Override
        public Inline lineBreak(Inline.LineBreak lineBreak) {
            fixed.next();
            return lineBreak;
        }

        @Override
        public Inline indexMark(Inline.IndexMark mark) {
            return mark;
        }

        @Override
        public Inline emphasis(Inline.Emphasis e) {
            return new Inline.Emphasis(all(e.content()));
        }

        @Override
        public Inline strong(Inline.Strong s) {
            return new Inline.Strong(all(s.content()));
        }

        @Override
        public Inline link(Inline.Link l) {
            return new Inline.Link(l.target(), all(l.content()));
        }

        @Override
        public Inline footnoteRef(Inline.FootnoteRef ref) {
            return ref;
        }
    }

    /** Whether a link's text is its own address (an autolink), which must stay exactly as written. */
    private static boolean spellsTarget(Inline.Link link) {
        String text = Inline.plainText(link.content());
        String target = link.target();
        return target.equals(text) || target.equals("mailto:" + text) || target.equals("http://" + text);
    }
}
