package org.columnpress.core.read;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Metadata to fall back on where {@code book.yaml} says nothing: the Maven plugin fills it from the POM
 * (name, description, organization, developers).
 */
public record BookDefaults(
        Optional<String> title, Optional<String> description, List<String> authors,
        Optional<String> publisher) {

    public BookDefaults {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        authors = List.copyOf(authors);
        Objects.requireNonNull(publisher, "publisher");
    }

    public static BookDefaults none() {
        return new BookDefaults(Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    }
}
