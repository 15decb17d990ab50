package org.columnpress.core.read;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.columnpress.core.model.Label;
import org.columnpress.core.model.Labels;

/** The fixed words for a book: the standard ones of its language, then {@code book.yaml}'s {@code labels}. */
final class LabelBundles {

    private LabelBundles() {
    }

    static Labels labels(String language, YamlMap yaml) {
        Labels standard = Labels.standard(language);
        Map<Label, String> overrides = new EnumMap<>(Label.class);
        yaml.map("labels").ifPresent(words -> {
            List<String> known = Arrays.stream(Label.values()).map(Label::key).toList();
            words.requireKnownKeys(known);
            for (Label label : Label.values()) {
                words.nonBlank(label.key()).ifPresent(word -> overrides.put(label, word));
            }
        });
        return standard.with(overrides);
    }
}
