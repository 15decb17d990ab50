package org.columnpress.core;

import java.nio.file.Path;

/**
 * A mistake in the user's book sources: names the file, the line where known (1-based, 0 when not),
 * what is wrong and what to do about it. The message reads like a compiler's:
 * {@code columns/brug.md:3: unknown key 'titel'. Did you mean 'title'? Known keys: title, subtitle, ...}.
 */
public class InputException extends ColumnpressException {

    private final Path file;
    private final int line;

    public InputException(Path file, int line, String message) {
        this(file, line, message, null);
    }

    public InputException(Path file, int line, String message, Throwable cause) {
        super(location(file, line) + message, cause);
        this.file = file;
        this.line = line;
    }

    /** The file at fault, or null when the mistake is not in one file (for example, no columns at all). */
    public Path file() {
        return file;
    }

    /** The 1-based line of the mistake, or 0 when it is not known or does not apply. */
    public int line() {
        return line;
    }

    private static String location(Path file, int line) {
        if (file == null) {
            return "";
        }
        return line > 0 ? file + ":" + line + ": " : file + ": ";
    }
}
