package org.columnpress.core;

/**
 * Root of every error Columnpress raises on purpose. Unchecked, so that callers deal with it once, at
 * the edge (the Maven plugin turns it into a build failure without a stack trace).
 */
public class ColumnpressException extends RuntimeException {

    public ColumnpressException(String message) {
        super(message);
    }

    public ColumnpressException(String message, Throwable cause) {
        super(message, cause);
    }
}
