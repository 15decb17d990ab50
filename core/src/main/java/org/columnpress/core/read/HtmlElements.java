package org.columnpress.core.read;

import java.util.Locale;
import java.util.Set;

/**
 * The names of HTML elements, the one list that decides whether {@code <name>} in a column is HTML (its
 * markup dropped, with a warning) or text that only looks like a tag, such as {@code <your-server>} in
 * an address, which is kept as written. WHATWG HTML's elements, the obsolete ones old blog posts still
 * use ({@code center}, {@code font} …) and the two embedded vocabularies' roots ({@code svg}, {@code math}).
 */
final class HtmlElements {

    private static final Set<String> NAMES = Set.of(
            "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo",
            "blockquote", "body", "br", "button", "canvas", "caption", "cite", "code", "col", "colgroup",
            "data", "datalist", "dd", "del", "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head",
            "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label", "legend",
            "li", "link", "main", "map", "mark", "menu", "meta", "meter", "nav", "noscript", "object", "ol",
            "optgroup", "option", "output", "p", "param", "picture", "pre", "progress", "q", "rp", "rt",
            "ruby", "s", "samp", "script", "search", "section", "select", "slot", "small", "source", "span",
            "strong", "style", "sub", "summary", "sup", "table", "tbody", "td", "template", "textarea",
            "tfoot", "th", "thead", "time", "title", "tr", "track", "u", "ul", "var", "video", "wbr",
            // obsolete, still in old posts
            "acronym", "applet", "basefont", "big", "blink", "center", "dir", "font", "frame", "frameset",
            "marquee", "nobr", "noembed", "noframes", "plaintext", "rb", "rtc", "strike", "tt", "xmp",
            // embedded vocabularies
            "svg", "math");

    private HtmlElements() {
    }

    /** Whether {@code name} (any case) names an HTML element. */
    static boolean isElement(String name) {
        return NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The element name of the tag at {@code at} as CommonMark writes one ({@code <name …>},
     * {@code </name>}, {@code <name/>}), or the empty string when no tag name follows the {@code <}.
     */
    static String tagName(CharSequence s, int at) {
        if (at >= s.length() || s.charAt(at) != '<') {
            return "";
        }
        int i = at + 1 < s.length() && s.charAt(at + 1) == '/' ? at + 2 : at + 1;
        int start = i;
        while (i < s.length() && s.charAt(i) < 128 && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-')) {
            i++;
        }
        if (i == start || !Character.isLetter(s.charAt(start))) {
            return "";
        }
        return s.subSequence(start, i).toString();
    }
}
