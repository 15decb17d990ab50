package org.columnpress.render.pdf.internal;

import java.awt.Font;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Inline;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;

/**
 * Warns, naming the column, about characters the text font has no glyph for: FOP would print a
 * '#' or nothing, and the writer would only find out in the printed book.
 */
final class GlyphChecker {

    private final Font font;
    private final Reporter reporter;
    private final MissingGlyphs warned;

    /** @param warned where the characters warned about are noted, so that FOP does not repeat them */
    GlyphChecker(Font font, Reporter reporter, MissingGlyphs warned) {
        this.font = font;
        this.reporter = reporter;
        this.warned = warned;
    }

    void check(Column column) {
        StringBuilder text = new StringBuilder(column.title()).append(column.subtitle().orElse(""))
                .append(String.join("", column.authors())).append(column.source().orElse(""))
                .append(column.copyright().orElse(""));
        for (Block block : column.allBlocks()) {
            text.append(block.accept(TEXT));
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
            warned.add(column.file(), missing);
            reporter.warn(new Warning("columns with characters the font has no glyph for", column.file(), 0,
                    "the font " + font.getFamily(Locale.ROOT) + " has no glyph for "
                    + list + (missing.size() > 20 ? " and more" : "")
                    + ". Replace the characters or choose a font that has them (pdf.fonts)."));
        }
    }

    /** The text a block prints in the text font; nested blocks come on their own from allBlocks(). */
    private static final Block.Visitor<String> TEXT = new Block.Visitor<>() {
        @Override
        public String paragraph(Block.Paragraph p) {
            return Inline.plainText(p.content());
        }

        @Override
        public String heading(Block.Heading h) {
            return Inline.plainText(h.content());
        }

        @Override
        public String table(Block.Table t) {
            StringBuilder out = new StringBuilder();
            t.header().forEach(row -> row.cells().forEach(c -> out.append(Inline.plainText(c.content()))));
            t.body().forEach(row -> row.cells().forEach(c -> out.append(Inline.plainText(c.content()))));
            return out.toString();
        }

        @Override
        public String image(Block.Image i) {
            return i.alt();
        }

        @Override
        public String codeBlock(Block.CodeBlock c) {
            return ""; // set in the mono face, checked by FOP's own glyph warnings
        }

        @Override
        public String blockQuote(Block.BlockQuote q) {
            return "";
        }

        @Override
        public String listBlock(Block.ListBlock l) {
            return "";
        }

        @Override
        public String thematicBreak(Block.ThematicBreak thematicBreak) {
            return "";
        }
    };

    static Optional<Font> fontOf(FontSetup fonts, String family) {
        return fonts.fonts().stream()
                .filter(f -> f.style().equals("normal") && f.weight().equals("normal"))
                .filter(f -> List.of(f.family().split("\n")).contains(family))
                .map(FontSetup.Registered::awtFont).findFirst();
    }
}
