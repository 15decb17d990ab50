package org.columnpress.core.read;

import java.nio.file.Path;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;
import org.columnpress.core.InputException;

/**
 * Refuses Markdown that would make flexmark's inline parser crawl. Its time grows with the square of
 * the backticks in one paragraph (measured: 2,000 code spans 0.2 s, 8,000 2.7 s, 16,000 11 s), so a
 * hostile or broken file of a few hundred kilobytes could hold a build for an hour. Real prose stays
 * far below the limit; code belongs in fenced blocks, which are not inline-parsed and not counted.
 */
final class InlineLimits {

    static final int MAX_BACKTICKS_PER_PARAGRAPH = 4_000;
    /** flexmark's link-label pattern backtracks exponentially on a run of backslashes (found by Jazzer:
     *  32 take 1 s, 40 take 14 s, 128 never finish); no prose needs more than a few in a row. */
    static final int MAX_BACKSLASH_RUN = 24;
    private static final Pattern BACKSLASHES = Pattern.compile("\\\\{" + (MAX_BACKSLASH_RUN + 1) + ",}");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~).*");

    private InlineLimits() {
    }

    /**
     * @param lines     the Markdown's lines; a paragraph here is a run of non-blank lines outside fences
     * @param firstLine the line of the file that {@code lines[0]} is
     */
    static void check(Path file, String[] lines, int firstLine) {
        check(file, lines, i -> firstLine + i);
    }

    /** @param lineOf the line of the file that {@code lines[i]} is, for messages */
    static void check(Path file, String[] lines, IntUnaryOperator lineOf) {
        boolean inFence = false;
        int count = 0;
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
                count = 0;
            } else if (line.isBlank()) {
                count = 0;
            } else if (!inFence) {
                if (count == 0) {
                    start = i;
                }
                count += backticks(line);
                if (BACKSLASHES.matcher(line).find()) {
                    throw new InputException(file, lineOf.applyAsInt(i), "this line holds more than "
                            + MAX_BACKSLASH_RUN + " backslashes (\\) in a row, which would make reading it "
                            + "take hours. Write fewer, or put them in a fenced code block.");
                }
                if (count > MAX_BACKTICKS_PER_PARAGRAPH) {
                    throw new InputException(file, lineOf.applyAsInt(start), "this paragraph holds more than "
                            + MAX_BACKTICKS_PER_PARAGRAPH + " backticks (`), which would make reading it "
                            + "take minutes. Split it into shorter paragraphs, or put code in a fenced "
                            + "code block (a line ``` before it and one after).");
                }
            }
        }
    }

    private static int backticks(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '`') {
                n++;
            }
        }
        return n;
    }
}
