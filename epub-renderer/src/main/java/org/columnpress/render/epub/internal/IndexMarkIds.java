package org.columnpress.render.epub.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Inline;

/**
 * The ids of the index's marks in some blocks, wherever they sit (in a quote, a list, a table, a link): how
 * the index finds which of a very long column's documents holds an occurrence.
 */
final class IndexMarkIds implements Block.Visitor<Void>, Inline.Visitor<Void> {

    private final Set<String> ids = new HashSet<>();

    private IndexMarkIds() {
    }

    static Set<String> in(List<Block> blocks) {
        IndexMarkIds walk = new IndexMarkIds();
        Block.nested(blocks).forEach(block -> block.accept(walk));
        return Set.copyOf(walk.ids);
    }

    private Void inlines(List<Inline> inlines) {
        inlines.forEach(inline -> inline.accept(this));
        return null;
    }

    @Override
    public Void paragraph(Block.Paragraph paragraph) {
        return inlines(paragraph.content());
    }

    @Override
    public Void heading(Block.Heading heading) {
        return inlines(heading.content());
    }

    // A quote's and a list's blocks come after them in Block.nested.

    @Override
    public Void blockQuote(Block.BlockQuote quote) {
        return null;
    }

    @Override
    public Void listBlock(Block.ListBlock list) {
        return null;
    }

    @Override
    public Void table(Block.Table table) {
        for (List<Block.Row> rows : List.of(table.header(), table.body())) {
            rows.forEach(row -> row.cells().forEach(cell -> inlines(cell.content())));
        }
        return null;
    }

    @Override
    public Void image(Block.Image image) {
        return null;
    }

    @Override
    public Void codeBlock(Block.CodeBlock code) {
        return null;
    }

    @Override
    public Void thematicBreak(Block.ThematicBreak thematicBreak) {
        return null;
    }

    @Override
    public Void text(Inline.Text text) {
        return null;
    }

    @Override
    public Void emphasis(Inline.Emphasis emphasis) {
        return inlines(emphasis.content());
    }

    @Override
    public Void strong(Inline.Strong strong) {
        return inlines(strong.content());
    }

    @Override
    public Void code(Inline.Code code) {
        return null;
    }

    @Override
    public Void link(Inline.Link link) {
        return inlines(link.content());
    }

    @Override
    public Void footnoteRef(Inline.FootnoteRef ref) {
        return null;
    }

    @Override
    public Void lineBreak(Inline.LineBreak lineBreak) {
        return null;
    }

    @Override
    public Void indexMark(Inline.IndexMark mark) {
        ids.add(mark.id());
        return null;
    }
}
