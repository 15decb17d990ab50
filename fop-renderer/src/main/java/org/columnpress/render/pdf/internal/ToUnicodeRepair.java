package org.columnpress.render.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Mends the text of characters beyond U+FFFF (emoji) in FOP 2.11's PDFs. FOP writes a subset font's
 * ToUnicode map from its characters as UTF-16 (CIDSubset.getChars appends each glyph's code point) but
 * numbers the entries by position in that text, so from the first emoji on, every glyph of the font
 * copies and searches as the character one or more places before it: the page shows 👍 and ❤, the
 * copied text says "👍" for ❤ and nothing for 👍. Reading the map back as that text and numbering its
 * code points instead gives each glyph its own character again.
 */
final class ToUnicodeRepair {

    private ToUnicodeRepair() {
    }

    /** Rewrites the PDF when a font's map holds surrogate pairs; leaves it alone otherwise. */
    static void repair(Path pdf) throws IOException {
        boolean changed = false;
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(pdf))) {
            List<COSStream> done = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (font instanceof PDType0Font type0 && type0.getDescendantFont() instanceof PDCIDFontType2
                            && type0.getCOSObject().getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream map
                            && !done.contains(map)) {
                        done.add(map);
                        changed |= mend(type0, map);
                    }
                }
            }
            if (changed) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                doc.save(bytes, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
                Files.write(pdf, bytes.toByteArray());
            }
        }
    }

    private static boolean mend(PDType0Font font, COSStream stream) throws IOException {
        CMap map;
        try (InputStream in = stream.createInputStream()) {
            map = new CMapParser().parse(new RandomAccessReadBuffer(in));
        }
        int glyphs = ((PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont().getNumberOfGlyphs();
        // Up to two UTF-16 units per glyph: FOP's entries run to twice the glyph count at most.
        char[] units = new char[2 * glyphs + 2];
        boolean pairs = false;
        for (int cid = 0; cid < 2 * glyphs; cid++) {
            String text = map.toUnicode(cid);
            if (text != null && !text.isEmpty()) {
                units[cid] = text.charAt(0);
                if (text.length() == 2 && Character.isSurrogatePair(text.charAt(0), text.charAt(1))) {
                    units[cid + 1] = text.charAt(1);
                    pairs = true;
                }
            }
        }
        if (!pairs) {
            return false;
        }
        StringBuilder entries = new StringBuilder();
        int count = 0;
        int cid = 0;
        for (int i = 0; cid < glyphs && i < units.length; cid++) {
            int codePoint = Character.codePointAt(units, i);
            i += Character.charCount(codePoint);
            if (codePoint != 0 && !Character.isSurrogate((char) codePoint)) {
                entries.append(String.format(Locale.ROOT, "<%04X> <%s>%n", cid, hex(codePoint)));
                count++;
            }
        }
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(cmap(entries.toString(), count).getBytes(StandardCharsets.US_ASCII));
        }
        return true;
    }

    private static String hex(int codePoint) {
        StringBuilder hex = new StringBuilder();
        for (char c : Character.toChars(codePoint)) {
            hex.append(String.format(Locale.ROOT, "%04X", (int) c));
        }
        return hex.toString();
    }

    /** A ToUnicode CMap of bfchar entries, in blocks of at most 100 as the CMap format asks. */
    private static String cmap(String entries, int count) {
        StringBuilder out = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        String[] lines = entries.split("\\R");
        for (int start = 0; start < count; start += 100) {
            int end = Math.min(count, start + 100);
            out.append(end - start).append(" beginbfchar\n");
            for (int i = start; i < end; i++) {
                out.append(lines[i]).append('\n');
            }
            out.append("endbfchar\n");
        }
        return out.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
    }
}
