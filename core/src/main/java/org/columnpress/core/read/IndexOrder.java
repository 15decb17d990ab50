package org.columnpress.core.read;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import org.columnpress.core.model.IndexTerm;

/**
 * The order of an index in the book's language: terms grouped by initial letter, the groups and the terms
 * in them sorted as the language sorts (German "Ärger" under A, beside "Arbeit"; Dutch "IJssel" under its
 * own IJ, between I and J, as Dutch indexes set it); digits and signs first, under "#".
 */
final class IndexOrder {

    static final String OTHER = "#";

    private final Locale locale;
    private final Collator collator;

    IndexOrder(String language) {
        this.locale = Locale.forLanguageTag(language);
        this.collator = Collator.getInstance(locale);
        collator.setStrength(Collator.TERTIARY);
    }

    /** The heading a term is listed under: its first letter in upper case, without accents ("É" under E). */
    String group(String term) {
        String stripped = term.strip();
        if (stripped.isEmpty() || !Character.isLetter(stripped.codePointAt(0))) {
            return OTHER;
        }
        if (locale.getLanguage().equals("nl") && stripped.length() > 1
                && stripped.substring(0, 2).equalsIgnoreCase("ij")) {
            return "IJ";
        }
        String first = new String(Character.toChars(stripped.codePointAt(0)));
        String plain = Normalizer.normalize(first, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toUpperCase(locale);
    }

    /** Groups in order ("#" first), then the terms within each. */
    Comparator<IndexTerm> comparator() {
        Comparator<String> groups = (a, b) -> a.equals(b) ? 0 : a.equals(OTHER) ? -1 : b.equals(OTHER) ? 1
                : collator.compare(a, b);
        return Comparator.comparing(IndexTerm::group, groups)
                .thenComparing(IndexTerm::term, collator::compare)
                .thenComparing(IndexTerm::term);
    }
}
