package org.columnpress.core.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The fixed words of one book, in its language, with the overrides from {@code book.yaml} applied.
 * Built by the book reader from {@code labels_<lang>.properties}; falls back to English.
 */
public record Labels(String language, Map<Label, String> words) {

    public Labels {
        Objects.requireNonNull(language, "language");
        words = Map.copyOf(words);
        for (Label label : Label.values()) {
            if (!words.containsKey(label)) {
                throw new IllegalArgumentException("no text for label " + label.key());
            }
        }
    }

    public String get(Label label) {
        return words.get(label);
    }

    /** A date written out the way the language does: "3 maart 2009", "March 3, 2009". */
    public String formatDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
    }

    /** Names joined the way a byline joins them: "A, B and C". */
    public String joinNames(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + get(Label.AND) + " "
                + names.get(names.size() - 1);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** A copy with the given words replaced. */
    public Labels with(Map<Label, String> overrides) {
        Map<Label, String> merged = new EnumMap<>(Label.class);
        merged.putAll(words);
        merged.putAll(overrides);
        return new Labels(language, merged);
    }
}
