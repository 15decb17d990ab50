package org.columnpress.render.pdf.internal;

/**
 * Sets emoji and symbols apart from the letters and punctuation that touch them, with a zero-width
 * space, so that FOP chooses their font on their own. FOP 2.11 picks one face per word from the font
 * family list (the one that has most of the word's characters): in "fun😀." Literata wins and the emoji
 * prints as '#'. Its character-by-character strategy would avoid that, but it splits surrogate pairs
 * and fails in PDFPainter (StringIndexOutOfBoundsException). The zero-width space prints nothing and
 * copies as nothing; it lets a line break there, which between an emoji and its neighbour is rarely wrong.
 */
final class SymbolBreaks {

    static final char ZERO_WIDTH_SPACE = '\u200B';

    private SymbolBreaks() {
    }

    static String apply(String text) {
        StringBuilder out = null;
        int previous = ' ';
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (previous != ' ' && symbol(c) != symbol(previous) && !joins(c) && !joins(previous)
                    && !Character.isWhitespace(c) && !Character.isWhitespace(previous)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(ZERO_WIDTH_SPACE);
            }
            if (out != null) {
                out.appendCodePoint(c);
            }
            previous = c;
            i += Character.charCount(c);
        }
        return out == null ? text : out.toString();
    }

    /** Emoji and the symbol blocks Literata lacks: beyond U+FFFF, misc symbols, dingbats, arrows. */
    static boolean symbol(int c) {
        return Character.isSupplementaryCodePoint(c) || c >= 0x2600 && c <= 0x27BF || c >= 0x2B00 && c <= 0x2BFF;
    }

    /** Characters that belong to the emoji before them: joiners, variation selectors, keycap. */
    private static boolean joins(int c) {
        return c == 0x200D || c == ZERO_WIDTH_SPACE || c >= 0xFE00 && c <= 0xFE0F || c == 0x20E3;
    }
}
