package org.columnpress.core;

/**
 * Root of every error Columnpress raises on purpose. Unchecked, so that callers deal with it once, at
 * the edge (the Maven plugin turns it into a build failure without a stack trace).
 */
public class ColumnpressException extends RuntimeException {

    /**
     * An error whose message says what went wrong and what to do.
     *
     * @param message shown to the user as it is
     */
    public ColumnpressException(String message) {
        super(message);
    }

    /**
     * An error caused by another exception, which is kept for the stack trace.
     *
     * @param message shown to the user as it is
     * @param cause   what went wrong underneath
     */
    public ColumnpressException(String message, Throwable cause) {
        super(message, cause);
    }
}
