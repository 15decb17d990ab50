package org.columnpress.render.pdf.internal;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Inline;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;

/**
 * Warns, naming the column, about characters no face of the text's font family list has a glyph for:
 * FOP would print a '#' or nothing, and the writer would only find out in the printed book. FOP picks
 * a face per character from the list (Literata, then Noto Emoji), so a character one face has is fine.
 */
final class GlyphChecker {

    private final List<Font> fonts;
    private final Reporter reporter;
    private final MissingGlyphs warned;

    /** @param warned where the characters warned about are noted, so that FOP does not repeat them */
    GlyphChecker(List<Font> fonts, Reporter reporter, MissingGlyphs warned) {
        this.fonts = List.copyOf(fonts);
        this.reporter = reporter;
        this.warned = warned;
    }

    /** Whether the book or one of the columns holds a character beyond U+FFFF, such as an emoji. */
    static boolean beyondBmp(Book book, List<Column> columns) {
        String front = book.title() + book.subtitle().orElse("") + String.join("", book.authors());
        if (astral(front)) {
            return true;
        }
        for (Column column : columns) {
            if (astral(text(column, true))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text holds a character beyond U+FFFF, which Java keeps as a surrogate pair. A plain loop:
     * the book's whole text passes here after its layout, while the build waits, and a stream of code
     * points took a third of a second on a 1,000-column book.
     */
    private static boolean astral(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String text(Column column, boolean withCode) {
        StringBuilder text = new StringBuilder(column.title()).append(column.subtitle().orElse(""))
                .append(String.join("", column.authors())).append(column.source().orElse(""))
                .append(column.copyright().orElse(""));
        for (Block block : column.allBlocks()) {
            text.append(block.accept(TEXT));
            if (withCode && block instanceof Block.CodeBlock code) {
                text.append(code.code());
            }
        }
        return text.toString();
    }

    void check(Column column) {
        String text = text(column, false);
        TreeSet<Integer> missing = new TreeSet<>();
        text.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp)
                        && !XmlText.variationSelector(cp) && !covered(cp))
                .forEach(missing::add);
        if (!missing.isEmpty()) {
            StringBuilder list = new StringBuilder();
            missing.stream().limit(20).forEach(cp -> list.append(list.length() == 0 ? "" : ", ")
                    .append('\'').appendCodePoint(cp).append("' (U+")
                    .append(String.format(Locale.ROOT, "%04X", cp)).append(')'));
            warned.add(column.file(), missing);
            String names = String.join(", ", fonts.stream().map(f -> f.getFamily(Locale.ROOT)).toList());
            reporter.warn(new Warning("columns with characters the font has no glyph for", column.file(), 0,
                    (fonts.size() == 1 ? "the font " + names + " has" : "the fonts " + names + " have")
                    + " no glyph for "
                    + list + (missing.size() > 20 ? " and more" : "")
                    + ". Replace the characters or choose a font that has them (pdf.fonts)."));
        }
    }

    private boolean covered(int codePoint) {
        for (Font font : fonts) {
            if (font.canDisplay(codePoint)) {
                return true;
            }
        }
        return false;
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

    /** The regular faces of an XSL-FO font-family list ({@code Literata, 'Noto Emoji'}), in its order. */
    static List<Font> fontsOf(FontSetup fonts, String familyList) {
        List<Font> found = new ArrayList<>();
        for (String name : familyList.split(",")) {
            String family = name.strip().replaceAll("^['\"]|['\"]$", "");
            fontOf(fonts, family).filter(f -> !found.contains(f)).ifPresent(found::add);
        }
        return found;
    }

    static Optional<Font> fontOf(FontSetup fonts, String family) {
        return fonts.regular(family);
    }
}
