package org.columnpress.core.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One Hugo shortcode tag as written between {@code {{<} and {@code >}}} (or {@code {{%} and
 * {@code %}}}): its name, whether it closes a pair or closes itself, and its arguments, positional
 * ({@code "quoted"}, {@code `raw`} or bare) and named ({@code key="value"}).
 */
record Shortcode(String name, boolean closing, boolean selfClosing, List<String> positional,
        Map<String, String> named) {

    static Shortcode parse(String inner) {
        String body = inner.strip();
        boolean selfClosing = body.endsWith("/");
        if (selfClosing) {
            body = body.substring(0, body.length() - 1).strip();
        }
        boolean closing = body.startsWith("/");
        if (closing) {
            body = body.substring(1).strip();
        }
        List<String> tokens = tokens(body);
        String name = tokens.isEmpty() ? "" : tokens.remove(0).toLowerCase(Locale.ROOT);
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new HashMap<>();
        for (String token : tokens) {
            int eq = token.indexOf('=');
            if (eq > 0 && token.charAt(0) != '\u0000' && token.substring(0, eq).matches("[A-Za-z_][\\w-]*")) {
                named.putIfAbsent(token.substring(0, eq).toLowerCase(Locale.ROOT), token.substring(eq + 1));
            } else {
                positional.add(token.startsWith("\u0000") ? token.substring(1) : token);
            }
        }
        return new Shortcode(name, closing, selfClosing, positional, named);
    }

    /** A named argument, else the positional one at {@code index} (−1: none). */
    Optional<String> arg(String key, int index) {
        String value = named.get(key);
        if (value == null && index >= 0 && index < positional.size()) {
            value = positional.get(index);
        }
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    /**
     * Splits on white space outside quotes; quotes are removed, and a quoted token that is not the value
     * of {@code key=} is marked with a leading NUL so that an {@code =} inside it does not make it named.
     */
    private static List<String> tokens(String body) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean any = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (Character.isWhitespace(c)) {
                if (any) {
                    tokens.add(token.toString());
                    token.setLength(0);
                    any = false;
                }
            } else if (c == '"' || c == '`') {
                if (!any) {
                    token.append('\u0000');
                }
                any = true;
                int end = i + 1;
                while (end < body.length() && body.charAt(end) != c) {
                    if (c == '"' && body.charAt(end) == '\\' && end + 1 < body.length()) {
                        end++;
                    }
                    token.append(body.charAt(end));
                    end++;
                }
                i = end;
            } else {
                any = true;
                token.append(c);
            }
        }
        if (any) {
            tokens.add(token.toString());
        }
        return tokens;
    }
}
