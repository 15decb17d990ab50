package org.columnpress.core.read;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/** Checks BCP 47 language tags as written in book.yaml and front matter. */
final class Languages {

    private Languages() {
    }

    /** The tag in its canonical case ({@code en-GB}); an ill-formed one is an error at its line. */
    static Optional<String> tag(YamlMap yaml, String key) {
        return yaml.string(key).map(text -> {
            try {
                Locale locale = new Locale.Builder().setLanguageTag(text).build();
                if (locale.getLanguage().isEmpty()) {
                    throw new IllformedLocaleException("no language");
                }
                return locale.toLanguageTag();
            } catch (IllformedLocaleException e) {
                throw yaml.error(yaml.lineOf(key), "'" + key + "' is not a BCP 47 language tag: '" + text
                        + "'. Write a tag such as nl, en, en-GB, de or fr.");
            }
        });
    }
}
