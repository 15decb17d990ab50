package org.columnpress.core.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.columnpress.core.model.Label;
import org.columnpress.core.model.Labels;

/**
 * What each Hugo shortcode of a column becomes, once all are known and paired: an image (figure, img),
 * a block quote around the inner Markdown (notice, note, tip …), a link with a short label (youtube,
 * tweet …), or nothing, counted for one warning per kind.
 */
final class Shortcodes {

    static final Set<String> IMAGES = Set.of("figure", "img", "image");
    static final Set<String> WRAPPERS = Set.of("notice", "note", "tip", "warning", "aside", "details", "hint",
            "admonition", "callout", "info", "alert", "caution", "important", "danger", "attention", "error",
            "success", "expand", "spoiler", "collapse", "box", "panel", "blockquote", "quote", "sidenote");
    private static final String ID = "[A-Za-z0-9_.-]{1,200}";
    /**
     * A Markdown link in a figure's caption (Hugo renders the caption as Markdown: "Photo by [A](…) on
     * [Unsplash](…)"): a caption is text, so the link's text stays and its address goes, as in print.
     */
    private static final Pattern MARKDOWN_LINK =
            Pattern.compile("\\[([^\\]\\[]{0,500})\\]\\([^()\\s]{0,2000}\\)");

    private record Tag(int edit, Shortcode shortcode, int start, int end, int line, String written) {
    }

    private final Labels labels;
    private final MarkupTally tally;
    private final List<Tag> tags = new ArrayList<>();

    Shortcodes(Labels labels, MarkupTally tally) {
        this.labels = labels;
        this.tally = tally;
    }

    /** Holds a place in {@code edits} for the tag, filled by {@link #decide}. */
    void add(List<SiteMarkup.Edit> edits, Shortcode shortcode, int start, int end, int line, String written) {
        tags.add(new Tag(edits.size(), shortcode, start, end, line, written));
        edits.add(null);
    }

    void decide(List<SiteMarkup.Edit> edits) {
        int[] partner = pair();
        for (int k = 0; k < tags.size(); k++) {
            Tag tag = tags.get(k);
            String name = tag.shortcode().name();
            SiteMarkup.Edit edit;
            if (tag.shortcode().closing()) {
                edit = partner[k] >= 0 && WRAPPERS.contains(name)
                        ? new SiteMarkup.QuoteClose(tag.start(), tag.end()) : remove(tag, partner[k] < 0);
            } else if (IMAGES.contains(name)) {
                edit = image(tag);
            } else if (SiteMarkup.SITE_LINKS.contains(name) && tag.shortcode().arg("path", 0).isPresent()) {
                edit = new SiteMarkup.Replace(tag.start(), tag.end(),
                        SiteMarkup.sitePath(tag.shortcode().arg("path", 0).get()));
            } else if (WRAPPERS.contains(name) && partner[k] >= 0) {
                edit = new SiteMarkup.QuoteOpen(tag.start(), tag.end(),
                        tag.shortcode().arg("title", -1).or(() -> tag.shortcode().arg("summary", -1)).orElse(""));
            } else {
                edit = embed(tag).orElseGet(() -> remove(tag, true));
            }
            edits.set(tag.edit(), edit);
        }
    }

    /** Each tag's partner index, or -1: closing tags pair with the nearest open tag of their name. */
    private int[] pair() {
        int[] partner = new int[tags.size()];
        java.util.Arrays.fill(partner, -1);
        Deque<Integer> open = new ArrayDeque<>();
        Map<String, Integer> openByName = new HashMap<>();
        for (int k = 0; k < tags.size(); k++) {
            Shortcode shortcode = tags.get(k).shortcode();
            if (shortcode.closing()) {
                if (openByName.getOrDefault(shortcode.name(), 0) > 0) {
                    while (true) {
                        int j = open.pop();
                        String name = tags.get(j).shortcode().name();
                        openByName.merge(name, -1, Integer::sum);
                        if (name.equals(shortcode.name())) {
                            partner[j] = k;
                            partner[k] = j;
                            break;
                        }
                    }
                }
            } else if (!shortcode.selfClosing()) {
                open.push(k);
                openByName.merge(shortcode.name(), 1, Integer::sum);
            }
        }
        return partner;
    }

    private SiteMarkup.Edit remove(Tag tag, boolean count) {
        if (count) {
            tally.count("hugo " + tag.shortcode().name(), "kinds of Hugo shortcode removed from a column",
                    "the Hugo shortcode {{< " + SiteMarkup.abbreviate(tag.shortcode().name()) + " >}}", "is removed, the text between "
                    + "its tags kept: Columnpress knows figure, img, notice-like wrappers and video or post "
                    + "embeds. Write what it stands for in Markdown.", tag.line());
        }
        return new SiteMarkup.Replace(tag.start(), tag.end(), "");
    }

    /** A Markdown image, so that the path is checked and resolved as any image's. */
    private SiteMarkup.Edit image(Tag tag) {
        Shortcode s = tag.shortcode();
        Optional<String> src = s.arg("src", 0);
        if (src.isEmpty()) {
            tally.count("hugo image without src", "columns with Hugo image shortcodes that name no image",
                    "the Hugo shortcode " + SiteMarkup.abbreviate(tag.written()),
                    "names no image (src=\"…\") and is removed.", tag.line());
            return new SiteMarkup.Replace(tag.start(), tag.end(), "");
        }
        String caption = MARKDOWN_LINK.matcher(s.arg("caption", -1).or(() -> s.arg("title", -1)).orElse(""))
                .replaceAll("$1");
        String alt = s.arg("alt", 1).orElse(caption);
        return new SiteMarkup.Replace(tag.start(), tag.end(), "![" + escape(alt) + "](" + escapeDestination(src.get())
                + (caption.isEmpty() ? "" : " \"" + escape(caption) + "\"") + ")");
    }

    /** An embedded video or post: a link to it, labelled in the column's language. */
    private Optional<SiteMarkup.Edit> embed(Tag tag) {
        Shortcode s = tag.shortcode();
        Optional<String> id = s.arg("id", 0).filter(v -> v.matches(ID));
        String label;
        String url;
        switch (s.name()) {
            case "youtube" -> {
                label = labels.get(Label.VIDEO_ON) + " YouTube";
                url = id.map(v -> "https://www.youtube.com/watch?v=" + v).orElse(null);
            }
            case "vimeo" -> {
                label = labels.get(Label.VIDEO_ON) + " Vimeo";
                url = id.map(v -> "https://vimeo.com/" + v).orElse(null);
            }
            case "tweet", "x" -> {
                label = labels.get(Label.POST_ON) + " X";
                Optional<String> user = s.arg("user", -1).filter(v -> v.matches(ID));
                url = id.map(v -> "https://x.com/" + user.orElse("i") + "/status/" + v).orElse(null);
            }
            case "instagram" -> {
                label = labels.get(Label.POST_ON) + " Instagram";
                url = id.map(v -> "https://www.instagram.com/p/" + v + "/").orElse(null);
            }
            case "gist" -> {
                label = labels.get(Label.CODE_ON) + " GitHub";
                Optional<String> user = s.arg("user", 0).filter(v -> v.matches(ID));
                Optional<String> gist = s.arg("id", 1).filter(v -> v.matches(ID));
                url = user.isPresent() && gist.isPresent()
                        ? "https://gist.github.com/" + user.get() + "/" + gist.get() : null;
            }
            default -> {
                return Optional.empty();
            }
        }
        if (url == null) {
            return Optional.empty();
        }
        return Optional.of(new SiteMarkup.Replace(tag.start(), tag.end(), "[" + escape(label) + "](" + url + ")"));
    }

    /**
     * A path as a link destination: flexmark takes no spaces and no character references there, so a
     * space is %20 (a src is a URL: its %XX escapes are decoded as a Markdown image's are), other
     * punctuation is backslash-escaped.
     */
    static String escapeDestination(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                out.append("%20");
            } else {
                if (c < 128 && !Character.isLetterOrDigit(c) && c != '.' && c != '/' && c != '-' && c != '%') {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Text as Markdown that reads as exactly that text: punctuation as character references. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.append(' ');
            } else if (c < 128 && !Character.isLetterOrDigit(c) && c != ' ' && c != '.' && c != ',' && c != '/'
                    && c != '-') {
                out.append("&#").append((int) c).append(';');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
