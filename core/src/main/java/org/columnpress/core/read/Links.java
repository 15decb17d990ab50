package org.columnpress.core.read;

import java.nio.charset.StandardCharsets;
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
    /** ASCII characters a URI may hold as they are (RFC 3986 unreserved and reserved, less [ and ]). */
    private static final String URI_CHARS = "-._~!#$&'()*+,/:;=?@";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final Pattern HOST = Pattern.compile("[\\p{L}\\p{N}_-]+(?:\\.[\\p{L}\\p{N}_-]+)*\\.?");
    private static final String TRAILING = ".,;:!?)]}'\"’”";

    private Links() {
    }

    static boolean isKept(String target) {
        String lower = target.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:");
    }

    /**
     * Whether a kept web address names a host a reader can reach: {@code https://../} or {@code http://}
     * passes CommonMark but is no URL (epubcheck: RSC-020). Domain names and IPv4 addresses only.
     */
    static boolean hasHost(String target) {
        String lower = target.strip().toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return true;
        }
        String authority = target.strip().substring(lower.indexOf("//") + 2).split("[/?#\\\\]", 2)[0];
        String host = authority.substring(authority.lastIndexOf('@') + 1).replaceFirst(":\\d*$", "");
        return HOST.matcher(host).matches();
    }

    /**
     * The target as a valid URI, the way CommonMark's reference renderers write an {@code href}: characters
     * a URI cannot hold ({@code [ \\ ` { } |}, spaces, non-ASCII ...) are percent-encoded as UTF-8, and
     * existing {@code %XX} escapes are kept. Without this, a link such as {@code <https://example.com/[>}
     * reaches FOP and epubcheck as an invalid URI.
     */
    static String uri(String target) {
        String stripped = target.strip();
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c == '%' && i + 2 < stripped.length() && isHex(stripped.charAt(i + 1))
                    && isHex(stripped.charAt(i + 2))) {
                out.append(c);
            } else if (c < 0x80 && (Character.isLetterOrDigit(c) || URI_CHARS.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                int codePoint = stripped.codePointAt(i);
                i += Character.charCount(codePoint) - 1;
                for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return c < 0x80 && Character.digit(c, 16) >= 0;
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
            if (!hasHost(target(found))) {
                continue; // not an address after all ("http://." at the end of a sentence): stays text
            }
            if (m.start() > from) {
                out.add(new Inline.Text(text.substring(from, m.start())));
            }
            out.add(new Inline.Link(uri(target(found)), List.of(new Inline.Text(found))));
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
