package org.columnpress.render.pdf.internal;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Writes the book's colours in the print interior's inks, whatever stylesheet chose them: a house style's
 * sea-green titles ({@code color="#2f5d62"}) would otherwise reach the printer as RGB, which a black-ink
 * press prints as it likes and a PDF/X file may not hold. Every sRGB colour in an FO colour or border
 * property ({@code #rgb}, {@code #rrggbb}, {@code rgb(r,g,b)} and XSL's sixteen colour names) becomes, for
 * {@link PrintLayout.Ink}:
 * <ul>
 *   <li>{@code GRAY} (black ink, PDF/A): the gray of its luminance, {@code #5a5a5a}, which FOP writes as
 *       DeviceGray;</li>
 *   <li>{@code CMYK} (black ink, PDF/X): that gray as black ink alone, {@code cmyk(0,0,0,0.65)};</li>
 *   <li>{@code CMYK_COLOUR} (colour ink, PDF/X): {@code cmyk(c,m,y,k)} by the plain device formula, grays as
 *       K alone (for exact inks give {@code cmyk()} in the stylesheet: those pass unchanged);</li>
 *   <li>{@code RGB_COLOUR} (colour ink, PDF/A): unchanged, the printer converts.</li>
 * </ul>
 * Colours in images, SVG included, are the images' own.
 */
final class PrintColours extends XMLFilterImpl {

    private static final String FO = "http://www.w3.org/1999/XSL/Format";
    /** An sRGB colour as XSL writes one; other forms ({@code cmyk()}, {@code inherit}) pass unchanged. */
    private static final Pattern SRGB = Pattern.compile(
            "#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})(?![0-9a-fA-F])|rgb\\(\\s*([^)]*)\\)|\\b[a-zA-Z]+\\b");
    /** XSL 1.1's colour names (5.11, after CSS2), as sRGB. */
    private static final Map<String, Integer> NAMES = Map.ofEntries(Map.entry("black", 0x000000),
            Map.entry("silver", 0xc0c0c0), Map.entry("gray", 0x808080), Map.entry("white", 0xffffff),
            Map.entry("maroon", 0x800000), Map.entry("red", 0xff0000), Map.entry("purple", 0x800080),
            Map.entry("fuchsia", 0xff00ff), Map.entry("green", 0x008000), Map.entry("lime", 0x00ff00),
            Map.entry("olive", 0x808000), Map.entry("yellow", 0xffff00), Map.entry("navy", 0x000080),
            Map.entry("blue", 0x0000ff), Map.entry("teal", 0x008080), Map.entry("aqua", 0x00ffff));

    private final PrintLayout.Ink ink;

    PrintColours(ContentHandler fop, PrintLayout.Ink ink) {
        this.ink = ink;
        setContentHandler(fop);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (!FO.equals(uri) || ink == PrintLayout.Ink.RGB_COLOUR) {
            super.startElement(uri, localName, qName, atts);
            return;
        }
        AttributesImpl changed = null;
        for (int i = 0; i < atts.getLength(); i++) {
            String name = atts.getLocalName(i);
            if (atts.getURI(i).isEmpty() && (name.contains("color") || name.startsWith("border"))) {
                String value = atts.getValue(i);
                String inked = inked(value);
                if (!inked.equals(value)) {
                    if (changed == null) {
                        changed = new AttributesImpl(atts);
                    }
                    changed.setValue(i, inked);
                }
            }
        }
        super.startElement(uri, localName, qName, changed == null ? atts : changed);
    }

    /** A property's value with each sRGB colour in it written in the ink. */
    String inked(String value) {
        Matcher colours = SRGB.matcher(value);
        StringBuilder out = new StringBuilder();
        while (colours.find()) {
            int rgb = rgb(colours.group(), colours.group(1));
            colours.appendReplacement(out, Matcher.quoteReplacement(rgb < 0 ? colours.group() : ink(rgb)));
        }
        colours.appendTail(out);
        return out.toString();
    }

    /** The colour as 0xrrggbb; -1 for a word that is no colour name ("solid") or an rgb() not read. */
    private static int rgb(String colour, String rgbArguments) {
        if (colour.startsWith("#")) {
            String hex = colour.substring(1);
            if (hex.length() == 3) {
                hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
            }
            return Integer.parseInt(hex, 16);
        }
        if (rgbArguments != null) {
            String[] parts = rgbArguments.split("\\s*,\\s*");
            if (parts.length != 3) {
                return -1;
            }
            int rgb = 0;
            for (String part : parts) {
                double channel;
                try {
                    channel = part.endsWith("%") ? Double.parseDouble(part.substring(0, part.length() - 1)) * 2.55
                            : Double.parseDouble(part);
                } catch (NumberFormatException e) {
                    return -1;
                }
                rgb = rgb << 8 | (int) Math.round(Math.max(0, Math.min(255, channel)));
            }
            return rgb;
        }
        return NAMES.getOrDefault(colour.toLowerCase(Locale.ROOT), -1);
    }

    private String ink(int rgb) {
        double r = (rgb >> 16 & 0xff) / 255.0;
        double g = (rgb >> 8 & 0xff) / 255.0;
        double b = (rgb & 0xff) / 255.0;
        // Rec. 601 luma, as gray conversions of text and rules have long used
        double gray = 0.299 * r + 0.587 * g + 0.114 * b;
        boolean neutral = (rgb >> 16 & 0xff) == (rgb >> 8 & 0xff) && (rgb >> 8 & 0xff) == (rgb & 0xff);
        return switch (ink) {
            case GRAY -> String.format(Locale.ROOT, "#%02x%02x%02x", level(gray), level(gray), level(gray));
            case CMYK -> cmyk(0, 0, 0, 1 - gray);
            case CMYK_COLOUR -> neutral ? cmyk(0, 0, 0, 1 - r) : colourCmyk(r, g, b);
            case RGB_COLOUR -> String.format(Locale.ROOT, "#%06x", rgb);
        };
    }

    private static int level(double gray) {
        return (int) Math.round(gray * 255);
    }

    private static String colourCmyk(double r, double g, double b) {
        double k = 1 - Math.max(r, Math.max(g, b));
        double c = (1 - r - k) / (1 - k);
        double m = (1 - g - k) / (1 - k);
        double y = (1 - b - k) / (1 - k);
        return cmyk(c, m, y, k);
    }

    private static String cmyk(double c, double m, double y, double k) {
        return "cmyk(" + fraction(c) + "," + fraction(m) + "," + fraction(y) + "," + fraction(k) + ")";
    }

    /** 0.650 as "0.65", 1.000 as "1". */
    private static String fraction(double value) {
        String text = String.format(Locale.ROOT, "%.3f", Math.max(0, Math.min(1, value)));
        return text.replaceFirst("0+$", "").replaceFirst("\\.$", "");
    }
}
