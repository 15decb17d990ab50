package org.columnpress.core.read;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Column ids from the names of column files without extension (or of page bundles' folders): lower case,
 * accents dropped, every run of other characters one hyphen ({@code Café & Co} becomes {@code cafe-co}); a
 * number appended where two would be the same.
 */
final class ColumnIds {

    private final Set<String> taken = new HashSet<>();

    String next(String stem) {
        String plain = Normalizer.normalize(stem, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String id = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (id.isEmpty()) {
            id = "column";
        }
        String unique = id;
        for (int n = 2; !taken.add(unique); n++) {
            unique = id + "-" + n;
        }
        return unique;
    }
}
