package org.columnpress.core.read;

import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.columnpress.core.model.Block;

/**
 * Maps a GFM table: header rows (none when the header row is empty), body rows, and the alignment of
 * each column from the header.
 */
final class TableMapper {

    private final InlineMapper inlines;

    TableMapper(InlineMapper inlines) {
        this.inlines = inlines;
    }

    Block.Table table(Node table) {
        List<Block.Row> header = new ArrayList<>();
        List<Block.Row> body = new ArrayList<>();
        List<Block.Alignment> alignments = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            if (section instanceof TableHead) {
                rows(section, header, alignments);
            } else if (section instanceof TableBody) {
                rows(section, body, null);
            }
        }
        // A header row of empty cells (| | |, written to give a table without a header the shape GFM asks
        // for) is no header: it would be empty header cells to a screen reader and an empty ruled row in print.
        header.removeIf(row -> row.cells().stream().allMatch(cell -> cell.content().isEmpty()));
        return new Block.Table(alignments, header, body);
    }

    private void rows(Node section, List<Block.Row> rows, List<Block.Alignment> alignments) {
        for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
            if (!(row instanceof TableRow)) {
                continue;
            }
            List<Block.Cell> cells = new ArrayList<>();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                if (cell instanceof TableCell tableCell) {
                    cells.add(new Block.Cell(BlockMapper.trim(inlines.children(cell))));
                    if (alignments != null && rows.isEmpty()) {
                        alignments.add(alignment(tableCell.getAlignment()));
                    }
                }
            }
            rows.add(new Block.Row(cells));
        }
    }

    private static Block.Alignment alignment(TableCell.Alignment alignment) {
        if (alignment == null) {
            return Block.Alignment.DEFAULT;
        }
        return switch (alignment) {
            case LEFT -> Block.Alignment.LEFT;
            case CENTER -> Block.Alignment.CENTER;
            case RIGHT -> Block.Alignment.RIGHT;
            default -> Block.Alignment.DEFAULT;
        };
    }
}
