package org.columnpress.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Blocks in reading order, each followed by the blocks inside it: the one place that knows which kinds
 * hold blocks (a quote, a list's items), for every question asked of all of a column's blocks.
 */
final class NestedBlocks implements Block.Visitor<Void> {

    private final List<Block> out = new ArrayList<>();

    private NestedBlocks() {
    }

    static List<Block> of(List<List<Block>> groups) {
        NestedBlocks walk = new NestedBlocks();
        groups.forEach(walk::all);
        return List.copyOf(walk.out);
    }

    private Void all(List<Block> blocks) {
        for (Block block : blocks) {
            out.add(block);
            block.accept(this);
        }
        return null;
    }

    @Override
    public Void blockQuote(Block.BlockQuote quote) {
        return all(quote.blocks());
    }

    @Override
    public Void listBlock(Block.ListBlock list) {
        list.items().forEach(item -> all(item.blocks()));
        return null;
    }

    // The other kinds hold no blocks (a table's cells hold inlines).

    @Override
    public Void paragraph(Block.Paragraph paragraph) {
        return null;
    }

    @Override
    public Void heading(Block.Heading heading) {
        return null;
    }

    @Override
    public Void table(Block.Table table) {
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
}
