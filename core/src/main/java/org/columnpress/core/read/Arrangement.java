package org.columnpress.core.read;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How {@code book.yaml}'s {@code arrange:} orders the columns and whether it makes parts of them. */
enum Arrangement {
    /** The order of {@code columns:} (or by date when there is no list): today's default. */
    AS_LISTED("as-listed"),
    /** By date, oldest first, in one flat list. */
    BY_DATE("by-date"),
    /** By date, one part per year. */
    BY_YEAR("by-year"),
    /** By date, one part per tag, in the order of book.yaml's {@code tags:} (else alphabetical). */
    BY_TAG("by-tag");

    private final String key;

    Arrangement(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    /** Whether the columns are sorted by date whatever order they are listed in. */
    boolean byDate() {
        return this != AS_LISTED;
    }

    static Optional<Arrangement> byKey(String key) {
        return Arrays.stream(values()).filter(a -> a.key.equals(key)).findFirst();
    }

    static List<String> keys() {
        return Arrays.stream(values()).map(Arrangement::key).toList();
    }
}
