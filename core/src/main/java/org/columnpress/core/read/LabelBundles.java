package org.columnpress.core.read;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.columnpress.core.model.Label;
import org.columnpress.core.model.Labels;

/** The fixed words for a book: the standard ones of its language, then {@code book.yaml}'s {@code labels}. */
final class LabelBundles {

    private LabelBundles() {
    }

    /** The labels; each mistake in {@code labels} is kept in {@code errors}, that label left standard. */
    static Labels labels(String language, YamlMap yaml, ReadErrors errors) {
        Labels standard = Labels.standard(language);
        Map<Label, String> overrides = new EnumMap<>(Label.class);
        errors.attempt(() -> yaml.map("labels"), Optional.<YamlMap>empty()).ifPresent(words -> {
            List<String> known = Arrays.stream(Label.values()).map(Label::key).toList();
            errors.attempt(() -> words.requireKnownKeys(known));
            for (Label label : Label.values()) {
                errors.attempt(() -> words.nonBlank(label.key()), Optional.<String>empty())
                        .ifPresent(word -> overrides.put(label, word));
            }
        });
        return standard.with(overrides);
    }
}
