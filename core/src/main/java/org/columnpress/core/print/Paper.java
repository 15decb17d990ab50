package org.columnpress.core.print;

import java.util.Locale;
import java.util.Optional;

/** The paper of a print edition, as the printers' order forms name it. */
public enum Paper {
    /** White paper. */
    WHITE,
    /** Cream paper. */
    CREAM,
    /** Paper for colour printing. */
    COLOUR;

    /**
     * The name users write in {@code book.yaml}.
     *
     * @return {@code white}, {@code cream} or {@code colour}
     */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The paper a user named: {@code white}, {@code cream}, {@code colour} (or {@code color}), in any case.
     *
     * @param name as written in {@code book.yaml}
     * @return empty for an unknown name
     */
    public static Optional<Paper> named(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        if (key.equals("color")) {
            return Optional.of(COLOUR);
        }
        for (Paper paper : values()) {
            if (paper.key().equals(key)) {
                return Optional.of(paper);
            }
        }
        return Optional.empty();
    }
}
