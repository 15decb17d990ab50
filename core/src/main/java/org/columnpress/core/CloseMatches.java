package org.columnpress.core;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The known names a mistyped one was probably meant to be, for "did you mean" in error messages: the one
 * rule for an unknown book.yaml key and an unknown stylesheet parameter alike. Close means one edit apart
 * (two for a name of eight characters or more; a swap of two neighbouring letters is one), ignoring case and
 * whether words are joined by '.', '-' or '_'; or the same name with a leading part missing
 * ({@code font.size} for {@code body.font.size}).
 */
public final class CloseMatches {

    private static final int MAX = 3;

    private CloseMatches() {
    }

    /**
     * Up to three known names close to {@code name}, closest first.
     *
     * @param name  the name as the user wrote it
     * @param known the names that would have been right
     * @return empty when none is close
     */
    public static List<String> of(String name, Collection<String> known) {
        String wanted = normal(name);
        int limit = Math.max(1, Math.min(2, wanted.length() / 4));
        record Scored(String name, int distance) {
        }
        return known.stream().distinct()
                .map(k -> new Scored(k, distance(wanted, normal(k))))
                .filter(s -> s.distance() <= limit && !s.name().equals(name))
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(MAX)
                .map(Scored::name)
                .toList();
    }

    /**
     * {@code " Did you mean 'a' or 'b'?"}, or an empty string when nothing is close.
     *
     * @param name  the name as the user wrote it
     * @param known the names that would have been right
     * @return a sentence with a leading space, to append to a message
     */
    public static String suggestion(String name, Collection<String> known) {
        List<String> matches = of(name, known);
        if (matches.isEmpty()) {
            return "";
        }
        List<String> quoted = matches.stream().map(m -> "'" + m + "'").toList();
        String last = quoted.get(quoted.size() - 1);
        String list = quoted.size() == 1 ? last
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + last;
        return " Did you mean " + list + "?";
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replace('-', '.').replace('_', '.');
    }

    /** Edits from a to b (optimal string alignment); a dotted suffix of the other counts as one. */
    private static int distance(String a, String b) {
        if (!a.isEmpty() && !b.isEmpty() && (a.endsWith("." + b) || b.endsWith("." + a))) {
            return 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
