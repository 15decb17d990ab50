package org.columnpress.render.web.check;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing a check found, where a person finds it: the file, its line when the checker knows it (0 when it
 * does not, e.g. axe-core, which names an element instead), and what is wrong.
 */
public record Finding(Path file, int line, String message) {

    public Finding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code path/to/page.html:12: message}, the shape compilers and editors jump to. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
