package org.columnpress.core.read;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Isbn;

/**
 * The book's identifier: an ISBN (bare, hyphenated or as {@code urn:isbn:}) becomes
 * {@code urn:isbn:<digits>} after its check digit is verified; another URN is kept; without one, a
 * {@code urn:uuid:} derived from title and authors, so that every build of the book gets the same.
 */
final class Identifiers {

    private Identifiers() {
    }

    static String identifier(YamlMap yaml, String title, List<String> authors) {
        Optional<String> given = yaml.nonBlank("identifier");
        if (given.isEmpty()) {
            String seed = title + "\n" + String.join("\n", authors);
            return "urn:uuid:" + UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
        }
        String value = given.get();
        String lower = value.toLowerCase(Locale.ROOT);
        String isbn = lower.startsWith(Book.ISBN_URN) ? value.substring(Book.ISBN_URN.length())
                : lower.startsWith("isbn") ? value.substring(4).replaceFirst("^[:\\s]+", "") : value;
        String digits = isbn.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (digits.matches("\\d{13}|\\d{9}[\\dX]")) {
            if (!Isbn.valid(digits)) {
                throw yaml.error(yaml.lineOf("identifier"), "the ISBN " + value + " has a wrong check digit. "
                        + "Copy the ISBN again from the publisher's record.");
            }
            return Book.ISBN_URN + digits;
        }
        if (lower.startsWith(Book.ISBN_URN)) {
            throw yaml.error(yaml.lineOf("identifier"), "'" + value + "' is not an ISBN: it needs 10 or 13 "
                    + "digits. Copy the ISBN again, or leave identifier out.");
        }
        if (lower.matches("urn:[a-z0-9][a-z0-9-]{0,31}:\\S+")) {
            return value;
        }
        throw yaml.error(yaml.lineOf("identifier"), "'" + value + "' is neither an ISBN nor a URN. Write an "
                + "ISBN (978-90-...) or a URN such as urn:uuid:..., or leave identifier out.");
    }
}
