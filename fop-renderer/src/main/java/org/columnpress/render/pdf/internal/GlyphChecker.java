package org.columnpress.render.pdf.internal;

import java.awt.Font;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Footnote;
import org.columnpress.core.model.Inline;
import org.columnpress.core.Reporter;

/**
 * Warns, naming the column, about characters the text font has no glyph for: FOP would print a
 * '#' or nothing, and the writer would only find out in the printed book.
 */
final class GlyphChecker {

    private final Font font;
    private final Reporter reporter;

    GlyphChecker(Font font, Reporter reporter) {
        this.font = font;
        this.reporter = reporter;
    }

    void check(Column column) {
        StringBuilder text = new StringBuilder(column.title()).append(column.subtitle().orElse(""))
                .append(String.join("", column.authors())).append(column.source().orElse(""))
                .append(column.copyright().orElse(""));
        blocks(column.body(), text);
        blocks(column.bio(), text);
        for (Footnote note : column.footnotes()) {
            blocks(note.blocks(), text);
        }
        TreeSet<Integer> missing = new TreeSet<>();
        text.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp) && !font.canDisplay(cp))
                .forEach(missing::add);
        if (!missing.isEmpty()) {
            StringBuilder list = new StringBuilder();
            missing.stream().limit(20).forEach(cp -> list.append(list.length() == 0 ? "" : ", ")
                    .append('\'').appendCodePoint(cp).append("' (U+")
                    .append(String.format(Locale.ROOT, "%04X", cp)).append(')'));
            reporter.warn(column.file() + ": the font " + font.getFamily(Locale.ROOT) + " has no glyph for "
                    + list + (missing.size() > 20 ? " and more" : "")
                    + ". Replace the characters or choose a font that has them (pdf.fonts).");
        }
    }

    private static void blocks(List<Block> blocks, StringBuilder out) {
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph p) {
                out.append(Inline.plainText(p.content()));
            } else if (block instanceof Block.Heading h) {
                out.append(Inline.plainText(h.content()));
            } else if (block instanceof Block.BlockQuote q) {
                blocks(q.blocks(), out);
            } else if (block instanceof Block.ListBlock l) {
                l.items().forEach(item -> blocks(item.blocks(), out));
            } else if (block instanceof Block.Table t) {
                t.header().forEach(row -> row.cells().forEach(c -> out.append(Inline.plainText(c.content()))));
                t.body().forEach(row -> row.cells().forEach(c -> out.append(Inline.plainText(c.content()))));
            } else if (block instanceof Block.Image i) {
                out.append(i.alt());
            }
            // Code blocks are set in the mono face, checked by FOP's own glyph warnings.
        }
    }

    static Optional<Font> fontOf(FontSetup fonts, String family) {
        return fonts.fonts().stream()
                .filter(f -> f.style().equals("normal") && f.weight().equals("normal"))
                .filter(f -> List.of(f.family().split("\n")).contains(family))
                .map(FontSetup.Registered::awtFont).findFirst();
    }
}
