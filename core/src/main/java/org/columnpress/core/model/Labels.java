package org.columnpress.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.columnpress.core.ColumnpressException;

/**
 * The fixed words of one book, in its language, with the overrides from {@code book.yaml} applied.
 * Built by the book reader from {@code labels_<lang>.properties}; falls back to English.
 *
 * @param language BCP 47 tag of the language the words are in
 * @param words    one word (or phrase) for every {@link Label}
 */
public record Labels(String language, Map<Label, String> words) {

    private static final String BUNDLE = "labels_%s.properties";
    private static final Map<String, Labels> STANDARD = new ConcurrentHashMap<>();

    /**
     * Checks that every label has a word, and copies the map.
     *
     * @param language BCP 47 tag
     * @param words    one word for every {@link Label}
     * @throws IllegalArgumentException if a label has no word
     */
    public Labels {
        Objects.requireNonNull(language, "language");
        words = Map.copyOf(words);
        for (Label label : Label.values()) {
            if (!words.containsKey(label)) {
                throw new IllegalArgumentException("no text for label " + label.key());
            }
        }
    }

    /**
     * The standard words of a language, from {@code labels_<language>.properties} beside this class
     * (read as UTF-8): {@code en-GB} uses {@code en}; a language without a bundle, and a word missing
     * from one, fall back to English.
     *
     * @param language BCP 47 tag, such as {@code nl} or {@code en-GB}
     * @return the standard words, read once per language
     * @throws ColumnpressException if a bundle cannot be read
     */
    public static Labels standard(String language) {
        return STANDARD.computeIfAbsent(language, Labels::load);
    }

    private static Labels load(String language) {
        Properties english = bundle("en");
        Properties own = bundle(Locale.forLanguageTag(language).getLanguage());
        Map<Label, String> words = new EnumMap<>(Label.class);
        for (Label label : Label.values()) {
            String word = own != null ? own.getProperty(label.key()) : null;
            words.put(label, word != null ? word : english.getProperty(label.key(), label.key()));
        }
        return new Labels(language, words);
    }

    private static Properties bundle(String language) {
        try (InputStream in = Labels.class.getResourceAsStream(String.format(BUNDLE, language))) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new ColumnpressException("Cannot read the labels for " + language + ": " + e, e);
        }
    }

    /**
     * The word for a label.
     *
     * @param label the label
     * @return its word in this language, with any override
     */
    public String get(Label label) {
        return words.get(label);
    }

    /**
     * A date written out the way the language does: "3 maart 2009", "March 3, 2009".
     *
     * @param date the date
     * @return the date in the language's long form
     */
    public String formatDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
    }

    /**
     * Names joined the way a byline joins them: "A, B and C".
     *
     * @param names in order
     * @return the names joined; empty for none
     */
    public String joinNames(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + get(Label.AND) + " "
                + names.get(names.size() - 1);
    }

    /**
     * A part's number as printed above its title: the {@code n}th of {@link Label#PART_NUMBERS}'s words,
     * past them {@link Label#PART} and the digits ("Part 13").
     *
     * @param n the part's number, from 1
     * @return the number as printed
     */
    public String partNumber(int n) {
        List<String> words = java.util.Arrays.stream(get(Label.PART_NUMBERS).split(","))
                .map(String::strip).filter(word -> !word.isEmpty()).toList();
        return n >= 1 && n <= words.size() ? words.get(n - 1) : get(Label.PART) + " " + n;
    }

    /**
     * The locale of these words' language, for formatting and sorting.
     *
     * @return the locale of {@link #language()}
     */
    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /**
     * A copy with the given words replaced.
     *
     * @param overrides the words to use instead, such as those of {@code book.yaml}'s {@code labels}
     * @return a copy; these labels are not changed
     */
    public Labels with(Map<Label, String> overrides) {
        Map<Label, String> merged = new EnumMap<>(Label.class);
        merged.putAll(words);
        merged.putAll(overrides);
        return new Labels(language, merged);
    }
}
