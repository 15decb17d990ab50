package org.columnpress.render.pdf.internal;

import java.nio.file.Path;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;

/**
 * Writes text into the book XML, dropping the characters XML 1.0 cannot carry (control characters,
 * lone surrogates) so they never surface as an XML error deep inside FOP; one warning per column. Drops
 * variation selectors too, quietly (see {@link #variationSelector(int)}).
 */
final class XmlText {

    private final XMLStreamWriter xml;
    private final Reporter reporter;
    private final Path file;
    private int dropped;

    /** @param file the source the text comes from, named in the warning */
    XmlText(XMLStreamWriter xml, Reporter reporter, Path file) {
        this.xml = xml;
        this.reporter = reporter;
        this.file = file;
    }

    void characters(String text) throws XMLStreamException {
        xml.writeCharacters(SymbolBreaks.apply(clean(text)));
    }

    void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(BookXmlWriter.NS, name);
        characters(text);
        xml.writeEndElement();
    }

    void element(String name, Optional<String> text) throws XMLStreamException {
        if (text.isPresent()) {
            element(name, text.get());
        }
    }

    void reportDropped() {
        if (dropped > 0) {
            reporter.warn(new Warning("columns with characters XML cannot carry dropped", file, 0, "dropped "
                    + dropped + " character(s) that XML cannot carry (control characters). Remove them from the source."));
        }
    }

    /**
     * Whether the character is a variation selector (U+FE00 to U+FE0F, U+E0100 to U+E01EF), which asks for
     * a variant of the character before it, such as the emoji style of ❤ in ❤️ (U+FE0F). FOP cannot choose
     * variants: it looks for a glyph of the selector itself, which no face has, and reports it as missing.
     * The PDF prints the character without it, in the face that has it; the EPUB keeps it (reading systems
     * choose). The glyph check skips what is dropped here, so the rule lives in this one place.
     */
    static boolean variationSelector(int c) {
        return c >= 0xFE00 && c <= 0xFE0F || c >= 0xE0100 && c <= 0xE01EF;
    }

    /** The text as the PDF prints it: without variation selectors. */
    static String printed(String text) {
        return text.codePoints().anyMatch(XmlText::variationSelector)
                ? text.codePoints().filter(c -> !variationSelector(c)).collect(StringBuilder::new,
                        StringBuilder::appendCodePoint, StringBuilder::append).toString()
                : text;
    }

    private String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = allowed(text, i, c);
            int selector = ok ? selectorLength(text, i, c) : 0;
            if ((!ok || selector > 0) && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (!ok) {
                dropped++;
            } else if (selector > 0) {
                i += selector - 1;
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** The number of chars of the variation selector at {@code i} (1 or 2), or 0 when there is none. */
    private static int selectorLength(String text, int i, char c) {
        if (Character.isHighSurrogate(c)) {
            return variationSelector(text.codePointAt(i)) ? 2 : 0;
        }
        return variationSelector(c) ? 1 : 0;
    }

    private static boolean allowed(String text, int i, char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c != 0xFFFE && c != 0xFFFF;
    }
}
