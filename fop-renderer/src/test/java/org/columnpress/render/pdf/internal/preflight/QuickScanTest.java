package org.columnpress.render.pdf.internal.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/**
 * QuickScan's reading of content written by hand, in the forms PDF allows and FOP seldom writes: escapes in
 * literal strings, hex strings with spaces and an odd digit, comments, the quote operators, text leading and
 * rise, turned text. Each page must measure as PDFBox's engine measures it, or be given back to it.
 */
class QuickScanTest {

    @Test
    void stringsInEveryFormMeasureAsPdfboxMeasuresThem() throws IOException {
        // Identity-H codes of Literata's subset are not known beforehand: the glyph count is what matters,
        // and codes 0x0041.. are within every subset PDFBox embeds the whole font for.
        assertAgrees("""
                % a comment before the text
                BT /F1 12 Tf 14 TL 72 700 Td
                (\\000A\\000B) Tj
                [<0041> -250 (\\000\\() 120 <00 4 >] TJ % the last: an odd digit, ends as if 0
                T* (\\000C) '
                2 1.5 (\\000D\\000E) "
                3 Ts 110 Tz 0.5 Tc (\\000F\\
                \\000G) Tj
                0 1 -1 0 300 300 Tm (\\000H\\000I) Tj
                ET
                """, 12);
    }

    @Test
    void colourSpacesCountRgbTextAsPdfboxCountsIt() throws IOException {
        PageFacts facts = assertAgrees("""
                q 0.2 0.4 0.6 rg BT /F1 12 Tf 72 700 Td (\\000A) Tj ET Q
                BT /F1 12 Tf 72 680 Td (\\000A) Tj ET
                /DeviceRGB cs 1 0 0 sc BT /F1 12 Tf 72 660 Td (\\000A) Tj ET
                0 0 0 1 k BT /F1 12 Tf 72 640 Td (\\000A) Tj ET
                1 Tr 0 0 1 RG BT /F1 12 Tf 72 620 Td (\\000A) Tj ET
                """, 5);
        assertThat(facts.rgbTextOperators()).isEqualTo(3); // inside q..Q, the DeviceRGB space, the stroked one
    }

    @Test
    void contentItDoesNotReadIsGivenBack() throws IOException {
        for (String content : new String[] {
            "BT /F1 12 Tf 72 700 Td (\\000A) Tj ET BI /W 1 /H 1 /BPC 8 /CS /G ID \u0000 EI", // an inline image
            "(\\000A) Tj", // text outside a text object
            "BT /F1 12 Tf 3 Tr 72 700 Td (\\000A) Tj ET", // invisible text
            "BT /F1 12 Tf 72 700 Td (\\000) Tj ET", // an odd byte count
            "BT /F1 12 Tf 72 Td ET", // too few operands
            "BT /F1 12 Tf 72 700 Td (\\000A) Tj ET 1e3 0 m", // not a PDF number
            "q BT Q ET", // Q in a text object
        }) {
            try (PDDocument doc = new PDDocument()) {
                PDPage page = page(doc, content);
                assertThat(QuickScan.of(page, new HashMap<>())).as(content).isEmpty();
            }
        }
    }

    /** The page's facts, checked against PDFBox's engine; {@code glyphs} the count both must find. */
    private static PageFacts assertAgrees(String content, int glyphs) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = page(doc, content);
            PageFacts quick = QuickScan.of(page, new HashMap<>()).orElseThrow();
            PageFacts engine = PageScan.of(page, new HashMap<>(), false, false);
            assertThat(quick.glyphs()).isEqualTo(engine.glyphs()).isEqualTo(glyphs);
            assertThat(quick.rgbTextOperators()).isEqualTo(engine.rgbTextOperators());
            assertThat(quick.rotatedGlyphs()).hasSameSizeAs(engine.rotatedGlyphs());
            var a = quick.textBounds();
            var b = engine.textBounds();
            assertThat(a.getMinX()).isCloseTo(b.getMinX(), within(0.001));
            assertThat(a.getMinY()).isCloseTo(b.getMinY(), within(0.001));
            assertThat(a.getMaxX()).isCloseTo(b.getMaxX(), within(0.001));
            assertThat(a.getMaxY()).isCloseTo(b.getMaxY(), within(0.001));
            return quick;
        }
    }

    private static PDPage page(PDDocument doc, String content) throws IOException {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        PDFont font = PrintPdfs.literata(doc);
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("F1"), font);
        page.setResources(resources);
        // Embeds the font's subset: PDFBox subsets a Type 0 font when the document is saved.
        font.encode("ABCDEFGHI");
        PDStream stream = new PDStream(doc);
        try (OutputStream out = stream.createOutputStream()) {
            out.write(content.getBytes(StandardCharsets.ISO_8859_1));
        }
        page.setContents(stream);
        return page;
    }
}
