package org.columnpress.core.model;

/**
 * Where a sentence already ends: a title such as "Kerstman dik?" or "Nee!”" takes no period after it
 * ("Kerstman dik?. Eerder verschenen in …" is what a blind period gives). The PDF's sources page
 * ({@code sources.xsl}, template {@code sentence.end}) applies the same rule in XSLT.
 */
public final class Punctuation {

    /** Marks that end a sentence, and closing quotes that may follow one („Nee!”, »Nein!«, « Non ? »). */
    private static final String ENDS = "?!.…";
    private static final String CLOSING_QUOTES = "\"'”’»›«‹";

    private Punctuation() {
    }

    /**
     * Whether {@code text}, closing quotes and the spaces French puts inside them aside, ends in ? ! . or ….
     *
     * @param text a title or sentence
     * @return false for blank text
     */
    public static boolean endsSentence(String text) {
        String t = text.strip();
        int i = t.length();
        while (i > 0 && (CLOSING_QUOTES.indexOf(t.charAt(i - 1)) >= 0 || Character.isSpaceChar(t.charAt(i - 1)))) {
            i--;
        }
        return i > 0 && ENDS.indexOf(t.charAt(i - 1)) >= 0;
    }

    /**
     * {@code text} followed by {@code mark} (usually "."), unless it already ends a sentence.
     *
     * @param text a title or sentence
     * @param mark what to add, usually "."
     * @return the text, closed
     */
    public static String closeSentence(String text, String mark) {
        return endsSentence(text) ? text : text + mark;
    }
}
