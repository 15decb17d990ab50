package org.columnpress.core;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A mistake in the user's book sources, or several found together: each names the file, the line where
 * known (1-based, 0 when not), what is wrong and what to do about it. The message reads like a compiler's:
 * {@code columns/brug.md:3: unknown key 'titel'. Did you mean 'title'? Known keys: title, subtitle, ...};
 * with several problems, a first line saying how many and then one problem a line.
 */
public class InputException extends ColumnpressException {

    /** Every problem listed, at least one. */
    private final List<Problem> problems;
    /** How many more were found than listed. */
    private final int omitted;

    /**
     * A mistake in one file.
     *
     * @param file    the file at fault; null when the mistake is in no one file
     * @param line    1-based; 0 when not known
     * @param message what is wrong and what to do about it
     */
    public InputException(Path file, int line, String message) {
        this(file, line, message, null);
    }

    /**
     * A mistake in one file, found through an exception (a parser's, say).
     *
     * @param file    the file at fault; null when the mistake is in no one file
     * @param line    1-based; 0 when not known
     * @param message what is wrong and what to do about it
     * @param cause   the exception that showed it; may be null
     */
    public InputException(Path file, int line, String message, Throwable cause) {
        this(file, line, 0, message, cause);
    }

    /**
     * A mistake whose column is known too (a stylesheet's, as its compiler reports it): the message
     * reads {@code file:line:column: message}.
     *
     * @param file    the file at fault; null when the mistake is in no one file
     * @param line    1-based; 0 when not known
     * @param column  1-based, 0 when not known
     * @param message what is wrong and what to do about it
     * @param cause   the exception that showed it; may be null
     */
    public InputException(Path file, int line, int column, String message, Throwable cause) {
        super(new Problem(file, line, column, message).toString(), cause);
        this.problems = List.of(new Problem(file, line, column, message));
        this.omitted = 0;
    }

    /**
     * Several problems reported at once.
     *
     * @param summary  the first line, such as {@code 3 columns have errors:}
     * @param problems the problems listed, in the order given (at least one)
     * @param omitted  how many more were found but not kept, to keep memory bounded
     * @param cause    the first problem's exception, or null
     * @throws IllegalArgumentException if there are no problems
     */
    public InputException(String summary, List<Problem> problems, int omitted, Throwable cause) {
        super(report(summary, problems, omitted, null), cause);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
        this.omitted = omitted;
    }

    /**
     * The file at fault: the first problem's.
     *
     * @return the file; null when the mistake is not in one file (for example, no columns at all)
     */
    public Path file() {
        return problems.get(0).file();
    }

    /**
     * The line of the mistake: the first problem's.
     *
     * @return 1-based; 0 when it is not known or does not apply
     */
    public int line() {
        return problems.get(0).line();
    }

    /**
     * Every problem listed; the first is the one {@link #file()} and {@link #line()} describe.
     *
     * @return at least one problem, in the order given
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * How many problems were found beyond those listed.
     *
     * @return 0 when every problem is listed
     */
    public int omitted() {
        return omitted;
    }

    /**
     * The message with each file shown relative to {@code base} where it lies inside it, for a build log
     * (for example relative to the project folder): one problem a line.
     *
     * @param base the folder to show files relative to; null to show them as they are
     * @return the message for the log
     */
    public String describe(Path base) {
        if (problems.size() == 1 && omitted == 0) {
            return problems.get(0).describe(base);
        }
        return report(getMessage().lines().findFirst().orElse(""), problems, omitted, base);
    }

    private static String report(String summary, List<Problem> problems, int omitted, Path base) {
        StringBuilder text = new StringBuilder(summary);
        for (Problem problem : problems) {
            text.append("\n  ").append(problem.describe(base));
        }
        if (omitted > 0) {
            text.append("\n  … and ").append(omitted).append(" more");
        }
        return text.toString();
    }

    /**
     * One mistake: the file (or null), the 1-based line and column (0 when not known) and what is wrong.
     * Sorts by file, then line.
     *
     * @param file    the file at fault; null when the mistake is in no one file
     * @param line    1-based; 0 when not known
     * @param column  1-based; 0 when not known
     * @param message what is wrong and what to do about it
     */
    public record Problem(Path file, int line, int column, String message) {

        /** By file (problems without a file first), then line, then message. */
        public static final Comparator<Problem> ORDER = Comparator
                .comparing(Problem::file, Comparator.nullsFirst(Comparator.<Path>naturalOrder()))
                .thenComparingInt(Problem::line).thenComparing(Problem::message);

        /**
         * Checks that there is a message.
         *
         * @param file    the file; may be null
         * @param line    1-based; 0 when not known
         * @param column  1-based; 0 when not known
         * @param message what is wrong
         * @throws NullPointerException if the message is null
         */
        public Problem {
            Objects.requireNonNull(message, "message");
        }

        /**
         * A mistake whose column is not known (most are: a line is what a writer looks for).
         *
         * @param file    the file; may be null
         * @param line    1-based; 0 when not known
         * @param message what is wrong
         */
        public Problem(Path file, int line, String message) {
            this(file, line, 0, message);
        }

        /**
         * {@code file:line: message} ({@code file:line:column: message} when the column is known), the file
         * relative to {@code base} (when not null) if inside it.
         *
         * @param base the folder to show the file relative to; may be null
         * @return the problem as a line of a build log
         */
        public String describe(Path base) {
            String where = location(file, line, base);
            return column > 0 && line > 0 ? where.replaceFirst(": $", ":" + column + ": ") + message
                    : where + message;
        }

        @Override
        public String toString() {
            return describe(null);
        }
    }

    /**
     * {@code file:line: }, {@code file: } or nothing; the file relative to {@code base} if inside it.
     *
     * @param file the file; null gives an empty string
     * @param line 1-based; 0 leaves the line out
     * @param base the folder to show the file relative to; may be null
     * @return the location followed by a space, ready for a message
     */
    public static String location(Path file, int line, Path base) {
        if (file == null) {
            return "";
        }
        Path shown = base != null && file.isAbsolute() && base.isAbsolute() && file.startsWith(base)
                && !file.equals(base) ? base.relativize(file) : file;
        return line > 0 ? shown + ":" + line + ": " : shown + ": ";
    }
}
