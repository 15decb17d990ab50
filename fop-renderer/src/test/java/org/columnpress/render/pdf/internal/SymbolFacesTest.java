package org.columnpress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.AttributesImpl;

class SymbolFacesTest {

    private static final String FO = "http://www.w3.org/1999/XSL/Format";
    private static final FontSetup FONTS = new FontSetup(List.of());

    @Test
    void aRunTheFirstFaceLacksGoesInAnInlineOfTheFaceThatHasIt() throws Exception {
        assertThat(filter("block", "Literata, 'Noto Emoji', 'Noto Sans Symbols 2'", "Blij 😀\u200B, ‘goed’ ✓."))
                .isEqualTo("<fo:block font-family=\"Literata, 'Noto Emoji', 'Noto Sans Symbols 2'\">Blij "
                        + inline("Noto Emoji", "😀\u200B") + ", ‘goed’ " + inline("Noto Sans Symbols 2", "✓")
                        + ".</fo:block>");
    }

    @Test
    void anEmojiSplitAcrossTwoCallsIsOneCharacterStill() throws Exception {
        String emoji = "😀";
        assertThat(filter("block", "Literata, 'Noto Emoji'", "a" + emoji.charAt(0), emoji.charAt(1) + "b"))
                .isEqualTo("<fo:block font-family=\"Literata, 'Noto Emoji'\">a" + inline("Noto Emoji", emoji)
                        + "b</fo:block>");
    }

    @Test
    void whereNoInlineMayStandOrTheFirstFaceHasItTheTextStaysAsItIs() throws Exception {
        assertThat(filter("bookmark-title", "Literata, 'Noto Emoji'", "Blij 😀"))
                .isEqualTo("<fo:bookmark-title font-family=\"Literata, 'Noto Emoji'\">Blij 😀</fo:bookmark-title>");
        assertThat(filter("block", "'Noto Emoji', Literata", "Blij 😀"))
                .isEqualTo("<fo:block font-family=\"'Noto Emoji', Literata\">Blij 😀</fo:block>");
        assertThat(filter("block", "Literata, 'Noto Emoji'", "De rune ᚠ"))
                .as("no face has it: FOP's missing glyph, and GlyphChecker's warning")
                .isEqualTo("<fo:block font-family=\"Literata, 'Noto Emoji'\">De rune ᚠ</fo:block>");
    }

    private static String inline(String family, String text) {
        return "<fo:inline font-family=\"'" + family + "'\" hyphenate=\"false\" hyphenation-character=\" \">"
                + text + "</fo:inline>";
    }

    private static String filter(String element, String families, String... chunks) throws Exception {
        StringWriter out = new StringWriter();
        TransformerHandler serializer = ((SAXTransformerFactory) Stylesheets.factory()).newTransformerHandler();
        serializer.getTransformer().setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        serializer.setResult(new StreamResult(out));
        SymbolFaces filter = new SymbolFaces(serializer, FONTS);
        filter.startDocument();
        filter.startPrefixMapping("fo", FO);
        AttributesImpl atts = new AttributesImpl();
        atts.addAttribute("", "font-family", "font-family", "CDATA", families);
        filter.startElement(FO, element, "fo:" + element, atts);
        for (String chunk : chunks) {
            filter.characters(chunk.toCharArray(), 0, chunk.length());
        }
        filter.endElement(FO, element, "fo:" + element);
        filter.endPrefixMapping("fo");
        filter.endDocument();
        // The JDK serialiser writes characters beyond U+FFFF as references.
        return out.toString().replace(" xmlns:fo=\"" + FO + "\"", "").replace("&#128512;", "😀");
    }
}
