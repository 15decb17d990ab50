package org.columnpress.core.print;

import java.util.Locale;
import java.util.Optional;

/** How the book is bound: the cover's shape depends on it. */
public enum Binding {
    PAPERBACK, HARDCOVER;

    /** The name users write in {@code book.yaml}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

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
