package org.columnpress.core.render.html;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Inline;

/** Writes a table: header rows as {@code th} with a column scope, alignment as a class. */
final class TableWriter {

    private final MarkupWriter<?> x;
    private final Consumer<List<Inline>> inlines;

    TableWriter(MarkupWriter<?> x, Consumer<List<Inline>> inlines) {
        this.x = x;
        this.inlines = inlines;
    }

    void table(Block.Table table) {
        x.start("div", "class", "table");
        x.start("table");
        if (!table.header().isEmpty()) {
            x.start("thead");
            table.header().forEach(row -> row(row, table.alignments(), true));
            x.end();
        }
        if (!table.body().isEmpty()) {
            x.start("tbody");
            table.body().forEach(row -> row(row, table.alignments(), false));
            x.end();
        }
        x.end().end();
    }

    private void row(Block.Row row, List<Block.Alignment> alignments, boolean header) {
        x.start("tr");
        for (int i = 0; i < row.cells().size(); i++) {
            Block.Alignment a = i < alignments.size() ? alignments.get(i) : Block.Alignment.DEFAULT;
            String css = a == Block.Alignment.DEFAULT ? null : "align-" + a.name().toLowerCase(Locale.ROOT);
            if (header) {
                x.start("th", "scope", "col", "class", css);
            } else {
                x.start("td", "class", css);
            }
            inlines.accept(row.cells().get(i).content());
            x.end();
        }
        x.end();
    }
}
