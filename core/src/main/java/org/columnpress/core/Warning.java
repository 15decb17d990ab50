package org.columnpress.core;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One warning, with its kind kept apart from its text so that a reporter can group many warnings of a
 * kind ("510 links to the author's own site (/…) printed as text: columns/a.md:12, …") without parsing
 * messages.
 *
 * @param kind what every warning of the kind says, as a phrase that follows a count, such as
 *             {@code links to the author's own site (/…) printed as text}; warnings group by it
 * @param file the file the warning is about, or null
 * @param line the 1-based line in it, or 0 when not known
 * @param text what is wrong and what to do, without the file and line
 */
public record Warning(String kind, Path file, int line, String text) {

    /**
     * Checks that there is a kind and a text.
     *
     * @param kind what every warning of the kind says
     * @param file the file; may be null
     * @param line 1-based; 0 when not known
     * @param text what is wrong and what to do
     * @throws NullPointerException if the kind or text is null
     */
    public Warning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Where: {@code file:line}, {@code file}, or empty; the file relative to {@code base} if inside it.
     *
     * @param base the folder to show the file relative to; may be null
     * @return the place; empty when the warning has no file
     */
    public String place(Path base) {
        String location = InputException.location(file, line, base);
        return location.isEmpty() ? "" : location.substring(0, location.length() - 2);
    }

    /**
     * {@code file:line: text}, the file relative to {@code base} (when not null) if inside it.
     *
     * @param base the folder to show the file relative to; may be null
     * @return the warning as a line of a build log
     */
    public String describe(Path base) {
        return InputException.location(file, line, base) + text;
    }

    /** {@code file:line: text}, as {@link Reporter#warn(String)} has always been told. */
    @Override
    public String toString() {
        return describe(null);
    }
}
