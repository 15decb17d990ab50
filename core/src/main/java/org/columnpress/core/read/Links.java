package org.columnpress.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.columnpress.core.model.Inline;

/**
 * Which link targets a book may carry ({@code http}, {@code https}, {@code mailto}: both a PDF and an
 * EPUB can follow them), and finding bare addresses in plain text.
 */
final class Links {

    private static final Pattern BARE = Pattern.compile(
            "(?i)\\b(?:https?://[^\\s<>\"]+|www\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)+[^\\s<>\"]*"
                    + "|[a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,})");
    private static final String TRAILING = ".,;:!?)]}'\"’”";

    private Links() {
    }

    static boolean isKept(String target) {
        String lower = target.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:");
    }

    static boolean hasScheme(String target) {
        return target.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*");
    }

    /** Plain text with its bare web and e-mail addresses turned into links. */
    static List<Inline> autolink(String text) {
        List<Inline> out = new ArrayList<>();
        Matcher m = BARE.matcher(text);
        int from = 0;
        while (m.find()) {
            String found = m.group();
            int end = m.end();
            while (!found.isEmpty() && TRAILING.indexOf(found.charAt(found.length() - 1)) >= 0) {
                found = found.substring(0, found.length() - 1);
                end--;
            }
            if (m.start() > from) {
                out.add(new Inline.Text(text.substring(from, m.start())));
            }
            out.add(new Inline.Link(target(found), List.of(new Inline.Text(found))));
            from = end;
        }
        if (from < text.length()) {
            out.add(new Inline.Text(text.substring(from)));
        }
        return out;
    }

    static boolean containsAddress(String text) {
        return BARE.matcher(text).find();
    }

    private static String target(String found) {
        String lower = found.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return found;
        }
        if (lower.startsWith("www.")) {
            return "http://" + found;
        }
        return "mailto:" + found;
    }
}
