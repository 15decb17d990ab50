package org.columnpress.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import org.columnpress.core.ColumnpressException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.columnpress.core.model.Label;
import org.columnpress.core.model.Labels;

/**
 * The fixed words for a book: {@code labels_<language>.properties} (read as UTF-8; {@code en-GB} uses
 * {@code en}, an unknown language English, a word missing from a bundle the English one), then the
 * book's own words from {@code book.yaml}'s {@code labels}.
 */
final class LabelBundles {

    private static final String BUNDLE = "/org/columnpress/core/model/labels_%s.properties";

    private LabelBundles() {
    }

    static Labels labels(String language, YamlMap yaml) {
        Map<Label, String> words = new EnumMap<>(Label.class);
        Properties english = load("en");
        Properties own = load(Locale.forLanguageTag(language).getLanguage());
        for (Label label : Label.values()) {
            String word = own != null ? own.getProperty(label.key()) : null;
            words.put(label, word != null ? word : english.getProperty(label.key(), label.key()));
        }
        yaml.map("labels").ifPresent(overrides -> {
            List<String> known = Arrays.stream(Label.values()).map(Label::key).toList();
            overrides.requireKnownKeys(known);
            for (Label label : Label.values()) {
                overrides.nonBlank(label.key()).ifPresent(word -> words.put(label, word));
            }
        });
        return new Labels(language, words);
    }

    private static Properties load(String language) {
        try (InputStream in = LabelBundles.class.getResourceAsStream(String.format(BUNDLE, language))) {
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
}
