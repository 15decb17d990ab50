package org.columnpress.core;

/**
 * Where Columnpress tells what it does and what looks wrong. The Maven plugin adapts it to Maven's log,
 * grouped by a {@link GroupingReporter}; tests record it. Implementations must be thread-safe: renderers report from several threads.
 */
public interface Reporter {

    void info(String message);

    /** Something the user should fix, but that does not stop the book: name the column in the text. */
    void warn(String message);

    /**
     * A warning of a kind, so that a reporter may group it with others of its kind (see
     * {@link GroupingReporter}). Reporters that do not group print it as {@link #warn(String)} would.
     *
     * @since 0.1.0
     */
    default void warn(Warning warning) {
        warn(warning.toString());
    }

    /** A reporter that prints nothing. */
    static Reporter silent() {
        return new Reporter() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
            }
        };
    }
}
