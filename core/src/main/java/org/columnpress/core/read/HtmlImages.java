package org.columnpress.core.read;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The images in a column's raw HTML, as blog posts write them: {@code <img src="…" alt="…">} in a
 * paragraph or on a line of its own (in a {@code <p>} or a link), and {@code <figure>} with an
 * {@code <img>} and a {@code <figcaption>}, whose text becomes the image's caption. Everything else in the
 * HTML is dropped as before; the images go through the same rules as Markdown images.
 */
final class HtmlImages {

    /** An image as written: its {@code src} (empty when it has none), alt text, caption, and its offset. */
    record Image(String src, String alt, String caption, int offset) {
    }

    /** A start or end tag; quoted attribute values may hold {@code >}. Possessive, so linear. */
    private static final Pattern TAG = Pattern.compile(
            "<(/?)([A-Za-z][A-Za-z0-9-]*+)((?:[^>\"']++|\"[^\"]*+\"|'[^']*+')*+)>");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([A-Za-z_:][-A-Za-z0-9_:.]*+)(?:\\s*+=\\s*+(?:\"([^\"]*+)\"|'([^']*+)'|([^\\s\"'=<>`]++)))?");
    /** Tags that hold or frame an image and carry nothing of their own that a book would miss. */
    private static final Set<String> FRAMES = Set.of("img", "figure", "figcaption", "picture", "source", "a", "p",
            "div", "center", "span", "br");

    private HtmlImages() {
    }

    /** The images in {@code html}, in their order. */
    static List<Image> in(CharSequence html) {
        List<Image> images = new ArrayList<>();
        List<Image> figure = null;
        String caption = "";
        int captionStart = -1;
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            boolean end = !tag.group(1).isEmpty();
            switch (tag.group(2).toLowerCase(Locale.ROOT)) {
                case "img" -> {
                    if (!end) {
                        (figure != null ? figure : images).add(image(tag.group(3), tag.start()));
                    }
                }
                case "figure" -> {
                    if (figure != null) {
                        images.addAll(captioned(figure, caption));
                    }
                    figure = end ? null : new ArrayList<>();
                    caption = "";
                }
                case "figcaption" -> {
                    if (!end) {
                        captionStart = tag.end();
                    } else if (captionStart >= 0) {
                        caption = text(html.subSequence(captionStart, tag.start()));
                        captionStart = -1;
                    }
                }
                default -> {
                }
            }
        }
        if (figure != null) {
            images.addAll(captioned(figure, caption)); // a figure left open: the block ended at a blank line
        }
        return images;
    }

    /**
     * Whether dropping {@code html} loses nothing but its images' frames: no text outside a caption, and no
     * element other than those that hold an image (a video, a table, an iframe would be lost).
     */
    static boolean onlyImages(CharSequence html) {
        Matcher tag = TAG.matcher(html);
        StringBuilder rest = new StringBuilder();
        int at = 0;
        boolean inCaption = false;
        while (tag.find()) {
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (!inCaption && !FRAMES.contains(name)) {
                return false; // in a caption, any markup goes with the caption's text
            }
            if (!inCaption) {
                rest.append(html, at, tag.start());
            }
            if (name.equals("figcaption")) {
                inCaption = tag.group(1).isEmpty();
            }
            at = tag.end();
        }
        rest.append(html, at, html.length());
        return rest.toString().isBlank();
    }

    /** The text between tags, entities decoded, white space collapsed. */
    static String text(CharSequence html) {
        String plain = TAG.matcher(html).replaceAll(" ");
        return Escaping.unescapeHtml(plain).replaceAll("\\s+", " ").strip();
    }

    private static List<Image> captioned(List<Image> figure, String caption) {
        if (figure.isEmpty() || caption.isEmpty()) {
            return figure;
        }
        // One caption for the figure: under its last image, where a figure prints it.
        List<Image> out = new ArrayList<>(figure);
        Image last = out.get(out.size() - 1);
        out.set(out.size() - 1, new Image(last.src(), last.alt(), caption, last.offset()));
        return out;
    }

    private static Image image(String attributes, int offset) {
        String src = "";
        String alt = "";
        String title = "";
        String lazy = "";
        Matcher attribute = ATTRIBUTE.matcher(attributes);
        while (attribute.find()) {
            String value = attribute.group(2) != null ? attribute.group(2)
                    : attribute.group(3) != null ? attribute.group(3)
                    : attribute.group(4) != null ? attribute.group(4) : "";
            value = Escaping.unescapeHtml(value).strip();
            switch (attribute.group(1).toLowerCase(Locale.ROOT)) {
                case "src" -> src = value;
                case "alt" -> alt = value;
                case "title" -> title = value;
                case "data-src" -> lazy = value; // themes that load images lazily keep the address here
                default -> {
                }
            }
        }
        return new Image(src.isEmpty() ? lazy : src, alt, title, offset);
    }
}
