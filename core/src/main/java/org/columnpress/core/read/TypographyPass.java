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
final class TypographyPass {

    private final Typography typography;

    TypographyPass(Typography typography) {
        this.typography = typography;
    }

    List<Block> blocks(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            out.add(block(block));
        }
        return out;
    }

    private Block block(Block block) {
        if (block instanceof Block.Paragraph p) {
            return new Block.Paragraph(inlines(p.content()));
        } else if (block instanceof Block.Heading h) {
            return new Block.Heading(h.level(), inlines(h.content()));
        } else if (block instanceof Block.BlockQuote q) {
            return new Block.BlockQuote(blocks(q.blocks()));
        } else if (block instanceof Block.ListBlock l) {
            List<Block.ListItem> items = new ArrayList<>();
            for (Block.ListItem item : l.items()) {
                items.add(new Block.ListItem(blocks(item.blocks())));
            }
            return new Block.ListBlock(l.ordered(), l.start(), items);
        } else if (block instanceof Block.Table t) {
            return new Block.Table(t.alignments(), rows(t.header()), rows(t.body()));
        }
        return block; // code, images and breaks have no running text
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
        collect(inlines, true, pieces);
        Iterator<String> fixed = typography.apply(pieces).iterator();
        return rebuild(inlines, fixed);
    }

    private static void collect(List<Inline> inlines, boolean editable, List<Typography.Piece> pieces) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                pieces.add(new Typography.Piece(t.text(), editable));
            } else if (inline instanceof Inline.Code c) {
                pieces.add(new Typography.Piece(c.code(), false));
            } else if (inline instanceof Inline.LineBreak) {
                pieces.add(new Typography.Piece("\n", false));
            } else if (inline instanceof Inline.Emphasis e) {
                collect(e.content(), editable, pieces);
            } else if (inline instanceof Inline.Strong s) {
                collect(s.content(), editable, pieces);
            } else if (inline instanceof Inline.Link l) {
                collect(l.content(), editable && !spellsTarget(l), pieces);
            }
        }
    }

    private static List<Inline> rebuild(List<Inline> inlines, Iterator<String> fixed) {
        List<Inline> out = new ArrayList<>(inlines.size());
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text) {
                out.add(new Inline.Text(fixed.next()));
            } else if (inline instanceof Inline.Code || inline instanceof Inline.LineBreak) {
                fixed.next();
                out.add(inline);
            } else if (inline instanceof Inline.Emphasis e) {
                out.add(new Inline.Emphasis(rebuild(e.content(), fixed)));
            } else if (inline instanceof Inline.Strong s) {
                out.add(new Inline.Strong(rebuild(s.content(), fixed)));
            } else if (inline instanceof Inline.Link l) {
                out.add(new Inline.Link(l.target(), rebuild(l.content(), fixed)));
            } else {
                out.add(inline);
            }
        }
        return out;
    }

    /** Whether a link's text is its own address (an autolink), which must stay exactly as written. */
    private static boolean spellsTarget(Inline.Link link) {
        String text = Inline.plainText(link.content());
        String target = link.target();
        return target.equals(text) || target.equals("mailto:" + text) || target.equals("http://" + text);
    }
}
