package org.columnpress.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Typographic care for one language, used by both readers: quotes paired and curly (a closing mark
 * typed where an opening one belongs is turned round), apostrophes as ’, three dots as …, a spaced
 * hyphen as an en dash, and French spacing inside « ». Works on the pieces of one paragraph at once so
 * that a quote opened before emphasis closes after it; pieces that are code stay as they are but still
 * count as context.
 */
final class Typography {

    private static final char NNBSP = '\u202F';
    private static final char NBSP = '\u00A0';

    /** A run of text; {@code editable} is false for code, which is context only. */
    record Piece(String text, boolean editable) {
    }

    private final String doubleOpen;
    private final String doubleClose;
    private final String singleOpen;
    private final String singleClose;
    private final boolean french;
    private final boolean dutch;

    private Typography(String doubleOpen, String doubleClose, String singleOpen, String singleClose,
            boolean french, boolean dutch) {
        this.doubleOpen = doubleOpen;
        this.doubleClose = doubleClose;
        this.singleOpen = singleOpen;
        this.singleClose = singleClose;
        this.french = french;
        this.dutch = dutch;
    }

    static Typography forLanguage(String languageTag) {
        String primary = Locale.forLanguageTag(languageTag).getLanguage();
        return switch (primary) {
            case "de" -> new Typography("„", "“", "‚", "‘", false, false);
            case "fr" -> new Typography("«" + NNBSP, NNBSP + "»", "“", "”", true, false);
            case "nl" -> new Typography("“", "”", "‘", "’", false, true);
            default -> new Typography("“", "”", "‘", "’", false, false);
        };
    }

    String apply(String text) {
        return apply(List.of(new Piece(text, true))).get(0);
    }

    List<String> apply(List<Piece> pieces) {
        StringBuilder all = new StringBuilder();
        for (Piece piece : pieces) {
            all.append(piece.text());
        }
        String s = all.toString();
        State state = new State();
        List<String> out = new ArrayList<>(pieces.size());
        int start = 0;
        for (Piece piece : pieces) {
            int end = start + piece.text().length();
            out.add(piece.editable() ? piece(s, start, end, state) : piece.text());
            start = end;
        }
        return out;
    }

    private static final class State {
        boolean doubleOpen;
        boolean singleOpen;
    }

    private String piece(String s, int start, int end, State state) {
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            char prev = i > 0 ? s.charAt(i - 1) : ' ';
            char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            if (c == '.' && i + 2 < end && s.charAt(i + 1) == '.' && s.charAt(i + 2) == '.') {
                out.append('…');
                i += 2;
            } else if (c == '-' && i + 2 < end && s.startsWith("---", i)) {
                out.append('—');
                i += 2;
            } else if (c == '-' && i + 1 < end && next == '-') {
                out.append('–');
                i += 1;
            } else if (c == '-' && prev == ' ' && next == ' ') {
                out.append('–');
            } else if (c == '"' || c == '“' || c == '”' || c == '„') {
                boolean open = opens(prev, next, state.doubleOpen);
                state.doubleOpen = open;
                if (open) {
                    out.append(doubleOpen);
                    if (french && next == ' ' && i + 1 < end) {
                        i++;
                    }
                } else {
                    if (french && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                        out.setLength(out.length() - 1);
                    }
                    out.append(doubleClose);
                }
            } else if (c == '\'' || c == '‘' || c == '’' || c == '‚') {
                out.append(single(s, i, prev, next, state));
            } else if (french && c == ' ' && (next == ';' || next == '!' || next == '?')) {
                out.append(NNBSP);
            } else if (french && c == ' ' && next == ':') {
                out.append(NBSP);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether a double quote between {@code prev} and {@code next} opens a quotation. */
    private static boolean opens(char prev, char next, boolean alreadyOpen) {
        boolean canOpen = opensAfter(prev) && !Character.isWhitespace(next);
        boolean canClose = !Character.isWhitespace(prev) && !opensAfter(prev)
                && (Character.isWhitespace(next) || isPunctuation(next));
        if (canOpen != canClose) {
            return canOpen;
        }
        return !alreadyOpen;
    }

    private String single(String s, int i, char prev, char next, State state) {
        boolean wordBefore = Character.isLetterOrDigit(prev);
        if (wordBefore && Character.isLetter(next)) {
            return "’"; // zo'n, kostenniveau's, it's
        }
        if (!wordBefore && Character.isDigit(next)) {
            return "’"; // '80
        }
        if (!wordBefore && dutch && dutchElision(s, i + 1)) {
            return "’"; // 's avonds, 't is, 'n keer
        }
        if (opensAfter(prev) && !Character.isWhitespace(next)) {
            state.singleOpen = true;
            return singleOpen;
        }
        if (state.singleOpen) {
            state.singleOpen = false;
            return singleClose;
        }
        return "’";
    }

    private static boolean dutchElision(String s, int at) {
        if (at >= s.length() || "stnk".indexOf(s.charAt(at)) < 0) {
            return false;
        }
        return at + 1 >= s.length() || !Character.isLetter(s.charAt(at + 1));
    }

    private static boolean opensAfter(char prev) {
        return Character.isWhitespace(prev) || "([{—–-/\u00A0\u202F".indexOf(prev) >= 0;
    }

    private static boolean isPunctuation(char c) {
        return ".,;:!?)]}…—–-'’\"”".indexOf(c) >= 0;
    }
}
