package org.columnpress.core;

/**
 * Where Columnpress tells what it does and what looks wrong. The Maven plugin adapts it to Maven's log,
 * grouped by a {@link GroupingReporter}; tests record it. Implementations must be thread-safe: renderers report from several threads.
 */
public interface Reporter {

    /**
     * Progress worth a line in the build log: what was made, how long it took.
     *
     * @param message one line, without a trailing line break
     */
    void info(String message);

    /**
     * A warning line to print as it is. Columnpress's own code gives a {@link Warning} instead, so that a
     * build log can group it and show its file relative to the project; this is where a grouping reporter
     * prints its lines, and what a renderer of another project may still call.
     *
     * @param message one line, without a trailing line break
     */
    void warn(String message);

    /**
     * A warning of a kind, so that a reporter may group it with others of its kind (see
     * {@link GroupingReporter}). Reporters that do not group print it as {@link #warn(String)} would.
     *
     * @param warning the warning
     * @since 0.1.0
     */
    default void warn(Warning warning) {
        warn(warning.toString());
    }

    /**
     * A reporter that prints nothing.
     *
     * @return a reporter that drops every message
     */
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
