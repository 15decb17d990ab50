package org.columnpress.core.read;

import java.util.Arrays;

/**
 * The Markdown text {@link SiteMarkup} writes, with the column file's line for each line it writes (it
 * may add lines: a fence around highlighted code, a break before a block quote), and the block quote
 * marks of the wrapper shortcodes it is inside, put after the line's indentation so that a quote inside
 * a list item stays in it.
 */
final class MarkupOut {

    /** Wrappers nested deeper than this add no further quote level: a hostile nesting stays linear. */
    static final int MAX_QUOTE_DEPTH = 4;

    private final StringBuilder text;
    private int[] lineOf = new int[64];
    private int lines;
    private int sourceLine;
    private int lineOrigin = -1;
    private int depth;
    private int indent;
    private int leadingSpace;
    private boolean marked;
    private boolean content;

    MarkupOut(int capacity) {
        text = new StringBuilder(capacity + capacity / 16);
    }

    /** Copies a character of the source; a line end counts as the next source line. */
    void source(char c) {
        if (c == '\n') {
            newline();
            sourceLine++;
        } else {
            put(c);
        }
    }

    /** Passes over a source line end without writing it. */
    void skipLineEnd() {
        sourceLine++;
    }

    /** Writes text that is not in the source, on the current source line. */
    void add(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                newline();
            } else {
                put(s.charAt(i));
            }
        }
    }

    /** Ends the current line unless nothing but indentation is on it. */
    void breakLine() {
        if (content) {
            newline();
        }
    }

    /** Starts a block quote from here: the current line must hold no text yet. */
    void openQuote() {
        if (depth == 0) {
            indent = leadingSpace;
        }
        depth++;
    }

    void closeQuote() {
        depth--;
    }

    boolean lineHasText() {
        return content;
    }

    private void put(char c) {
        if (lineOrigin < 0) {
            lineOrigin = sourceLine;
        }
        boolean space = c == ' ' || c == '\t';
        if (depth > 0 && !marked) {
            if (space && leadingSpace < indent) {
                leadingSpace++;
                text.append(c);
                return;
            }
            text.append("> ".repeat(Math.min(depth, MAX_QUOTE_DEPTH)));
            marked = true;
        }
        if (space && !content) {
            if (!marked) {
                leadingSpace++;
            }
            text.append(c);
            return;
        }
        content = true;
        text.append(c);
    }

    private void newline() {
        if (depth > 0 && !marked) {
            text.append("> ".repeat(Math.min(depth, MAX_QUOTE_DEPTH)).stripTrailing());
        }
        text.append('\n');
        if (lines == lineOf.length) {
            lineOf = Arrays.copyOf(lineOf, lines * 2);
        }
        lineOf[lines++] = lineOrigin < 0 ? sourceLine : lineOrigin;
        lineOrigin = -1;
        leadingSpace = 0;
        marked = false;
        content = false;
    }

    String text() {
        return text.toString();
    }

    /** For each line of {@link #text()}, 0-based, the 0-based line of the source it comes from. */
    int[] lineMap() {
        int[] map = Arrays.copyOf(lineOf, lines + 1);
        map[lines] = lineOrigin < 0 ? sourceLine : lineOrigin;
        return map;
    }
}
