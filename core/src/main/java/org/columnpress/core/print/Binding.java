package org.columnpress.core.print;

import java.util.Locale;
import java.util.Optional;

/** How the book is bound: the cover's shape depends on it. */
public enum Binding {
    /** A soft cover glued to the spine (perfect bound). */
    PAPERBACK,
    /** A case-bound book: the cover wraps around boards. */
    HARDCOVER;

    /**
     * The name users write in {@code book.yaml}.
     *
     * @return {@code paperback} or {@code hardcover}
     */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The binding a user named.
     *
     * @param name as written in {@code book.yaml}, in any case
     * @return empty for an unknown name
     */
    public static Optional<Binding> named(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        for (Binding binding : values()) {
            if (binding.key().equals(key)) {
                return Optional.of(binding);
            }
        }
        return Optional.empty();
    }
}
