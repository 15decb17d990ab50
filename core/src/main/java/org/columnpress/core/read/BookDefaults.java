package org.columnpress.core.read;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Metadata to fall back on where {@code book.yaml} says nothing: the Maven plugin fills it from the POM
 * (name, description, organization, developers).
 *
 * @param title       the POM's name; empty for none
 * @param description the POM's description; empty for none
 * @param authors     the developers' names; may be empty
 * @param publisher   the organization's name; empty for none
 */
public record BookDefaults(
        Optional<String> title, Optional<String> description, List<String> authors,
        Optional<String> publisher) {

    /**
     * Checks that no component is null and copies the authors.
     *
     * @param title       empty for none
     * @param description empty for none
     * @param authors     may be empty
     * @param publisher   empty for none
     * @throws NullPointerException if a component is null
     */
    public BookDefaults {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        authors = List.copyOf(authors);
        Objects.requireNonNull(publisher, "publisher");
    }

    /**
     * No defaults: {@code book.yaml} must say everything the book needs.
     *
     * @return defaults that are all empty
     */
    public static BookDefaults none() {
        return new BookDefaults(Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    }
}
