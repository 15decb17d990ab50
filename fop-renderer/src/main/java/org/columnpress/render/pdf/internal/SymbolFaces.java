package org.columnpress.render.pdf.internal;

import java.awt.Font;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Sits in front of FOP and puts each run of characters that the first face of the font family list lacks,
 * and a later face has (emoji, ✓, ★), in an {@code fo:inline} of that face alone.
 *
 * <p>Why: FOP picks a face per word from the family list, but places every word of a text on the baseline
 * of the list's first face: the word's own ascender is added to the first face's offset. Noto Emoji's
 * ascender and descender (1900 and 500 units of 2048) add up to more than an em, so FOP ignores them and
 * takes the height of the glyphs "d" and "p" instead, which the emoji face lacks: ascender 0, and its
 * emoji sat a whole text ascender (about 0.7 em) above the line. Any face whose ascender differs from the
 * first face's would sit off the line a little. In an inline of its own a face gets its own alignment
 * context, whose alphabetic baseline FOP aligns with the line's, whatever the face's ascender.
 */
final class SymbolFaces extends XMLFilterImpl {

    private static final String FO = "http://www.w3.org/1999/XSL/Format";
    /** FO elements that may hold an fo:inline where they hold text. */
    private static final Set<String> INLINE_PARENTS = Set.of("block", "inline", "basic-link", "wrapper");

    private final FontSetup fonts;
    /** The font-family list in force at each open element ("": none set yet), innermost on top. */
    private final Deque<String> families = new ArrayDeque<>();
    /** For each open element: the qualified name an fo:inline takes inside it, or "" where none may be. */
    private final Deque<String> inlineNames = new ArrayDeque<>();
    /** Per family list, the faces in its order. */
    private final Map<String, List<Font>> faces = new HashMap<>();
    /** Per family list, the face chosen for each character above U+2000 met so far. */
    private final Map<String, Map<Integer, Font>> choices = new HashMap<>();
    /** Stands for the list's first face in {@link #choices}, where a map cannot hold null. */
    private static final Font FIRST = new Font(Font.DIALOG, Font.PLAIN, 1);
    /** A high surrogate that ended one characters() call, for the next. */
    private char pendingHigh;

    SymbolFaces(ContentHandler next, FontSetup fonts) {
        this.fonts = fonts;
        setContentHandler(next);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        flush();
        String family = FO.equals(uri) ? atts.getValue("font-family") : null;
        families.push(family != null ? family : families.isEmpty() ? "" : families.peek());
        // The parent's own prefix is bound to the FO namespace, so the inline is well-formed where serialised.
        inlineNames.push(FO.equals(uri) && INLINE_PARENTS.contains(localName)
                ? qName.substring(0, qName.indexOf(':') + 1) + "inline" : "");
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        flush();
        families.pop();
        inlineNames.pop();
        super.endElement(uri, localName, qName);
    }

    @Override
    public void endDocument() throws SAXException {
        flush();
        super.endDocument();
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inlineNames.isEmpty() || inlineNames.peek().isEmpty() || families.peek().isEmpty()
                || pendingHigh == 0 && below(ch, start, length, 0x2000)) {
            super.characters(ch, start, length); // the common case: nothing a symbol face could be for
            return;
        }
        String text = (pendingHigh != 0 ? String.valueOf(pendingHigh) : "") + new String(ch, start, length);
        pendingHigh = 0;
        if (!text.isEmpty() && Character.isHighSurrogate(text.charAt(text.length() - 1))) {
            pendingHigh = text.charAt(text.length() - 1);
            text = text.substring(0, text.length() - 1);
        }
        String list = families.peek();
        emit(text, faces.computeIfAbsent(list, l -> GlyphChecker.fontsOf(fonts, l)),
                choices.computeIfAbsent(list, l -> new HashMap<>()));
    }

    private static boolean below(char[] ch, int start, int length, int limit) {
        for (int i = start; i < start + length; i++) {
            if (ch[i] >= limit) {
                return false;
            }
        }
        return true;
    }

    /** The text in runs: what the first face prints as it is, every other run in an inline of its face. */
    private void emit(String text, List<Font> listed, Map<Integer, Font> chosen) throws SAXException {
        int runStart = 0;
        Font runFace = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            Font face = joins(c) ? runFace : c < 0x2000 ? null : chosen.computeIfAbsent(c, k -> faceOf(k, listed));
            face = face == FIRST ? null : face; // null: as it is, in the first face
            if (face != runFace) {
                run(text.substring(runStart, i), runFace);
                runStart = i;
                runFace = face;
            }
            i += Character.charCount(c);
        }
        run(text.substring(runStart), runFace);
    }

    /** {@link #FIRST} for the first face (FOP's own choice then) or the later face that has the character. */
    private static Font faceOf(int c, List<Font> listed) {
        if (listed.size() < 2 || listed.get(0).canDisplay(c)) {
            return FIRST;
        }
        for (Font face : listed.subList(1, listed.size())) {
            if (face.canDisplay(c)) {
                return face;
            }
        }
        return FIRST; // no face has it: FOP prints the first face's missing glyph, GlyphChecker warns
    }

    private void run(String text, Font face) throws SAXException {
        if (text.isEmpty()) {
            return;
        }
        if (face == null) {
            super.characters(text.toCharArray(), 0, text.length());
            return;
        }
        AttributesImpl atts = new AttributesImpl();
        atts.addAttribute("", "font-family", "font-family", "CDATA", "'" + familyOf(face) + "'");
        // Never hyphenated; and FOP warns, on the console, about a hyphenation character the face
        // lacks (the emoji face has no hyphen) even so: a space, which every face has, quiets it.
        atts.addAttribute("", "hyphenate", "hyphenate", "CDATA", "false");
        atts.addAttribute("", "hyphenation-character", "hyphenation-character", "CDATA", " ");
        String inline = inlineNames.peek();
        super.startElement(FO, "inline", inline, atts);
        super.characters(text.toCharArray(), 0, text.length());
        super.endElement(FO, "inline", inline);
    }

    private String familyOf(Font face) {
        return fonts.fonts().stream().filter(f -> f.awtFont() == face).findFirst().orElseThrow().primaryFamily();
    }

    private void flush() throws SAXException {
        if (pendingHigh != 0) {
            char[] lone = {pendingHigh};
            pendingHigh = 0;
            super.characters(lone, 0, 1);
        }
    }

    /** Joiners, variation selectors, the keycap and the zero-width space stay with the character before. */
    private static boolean joins(int c) {
        return c == 0x200D || c == SymbolBreaks.ZERO_WIDTH_SPACE || c >= 0xFE00 && c <= 0xFE0F || c == 0x20E3;
    }
}
