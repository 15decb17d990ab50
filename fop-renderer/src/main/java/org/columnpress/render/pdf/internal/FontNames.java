package org.columnpress.render.pdf.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * What a font file says it is, from its own tables, as a designer names it: the typographic family
 * (OpenType name ID 16, else 1: "Source Sans 3"), the numeric weight (OS/2 usWeightClass, 600 for a
 * SemiBold) and whether it is italic (OS/2 fsSelection, else the subfamily's name). The legacy family
 * (name ID 1: "Source Sans 3 SemiBold") and subfamily (ID 2: "Regular") are kept for older stylesheets.
 *
 * @param family       the typographic family
 * @param legacyFamily the family of name ID 1, which groups at most four faces (regular, italic, bold, both)
 * @param subfamily    name ID 2, such as {@code Regular} or {@code Bold Italic}
 * @param italic       whether the face is italic or oblique
 * @param weight       100 to 900, in hundreds
 */
record FontNames(String family, String legacyFamily, String subfamily, boolean italic, int weight) {

    private static final int TYPOGRAPHIC_FAMILY = 16;
    private static final int FAMILY = 1;
    private static final int SUBFAMILY = 2;

    static FontNames read(Path file) throws IOException {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
            NamingTable names = font.getNaming();
            if (names == null) {
                throw new IOException("the font has no name table");
            }
            String legacy = name(names, FAMILY);
            if (legacy == null) {
                throw new IOException("the font's name table gives no family name");
            }
            String typographic = name(names, TYPOGRAPHIC_FAMILY);
            String subfamily = name(names, SUBFAMILY) == null ? "Regular" : name(names, SUBFAMILY);
            OS2WindowsMetricsTable os2 = font.getOS2Windows();
            boolean italic = os2 != null ? (os2.getFsSelection() & 1) != 0 || subfamily.matches("(?i).*(italic|oblique).*")
                    : subfamily.matches("(?i).*(italic|oblique).*");
            int weight = os2 != null && os2.getWeightClass() > 0 ? hundreds(os2.getWeightClass())
                    : subfamily.toLowerCase(Locale.ROOT).contains("bold") ? 700 : 400;
            return new FontNames(typographic != null ? typographic : legacy, legacy, subfamily, italic, weight);
        }
    }

    /** FOP matches font-weight in hundreds from 100 to 900; a few fonts say 350 or 1000. */
    static int hundreds(int weightClass) {
        return Math.max(100, Math.min(900, (weightClass + 50) / 100 * 100));
    }

    /** The weight name ID 1's family gives the face: 700 for a "Bold" subfamily, else 400. */
    int legacyWeight() {
        return subfamily.toLowerCase(Locale.ROOT).contains("bold") ? 700 : 400;
    }

    String style() {
        return italic ? "italic" : "normal";
    }

    /** The English name on Windows, else on Mac, else any: fonts differ in which they carry. */
    private static String name(NamingTable names, int id) {
        String windows = names.getName(id, NameRecord.PLATFORM_WINDOWS, NameRecord.ENCODING_WINDOWS_UNICODE_BMP,
                NameRecord.LANGUAGE_WINDOWS_EN_US);
        if (windows != null && !windows.isBlank()) {
            return windows.strip();
        }
        String mac = names.getName(id, NameRecord.PLATFORM_MACINTOSH, NameRecord.ENCODING_MACINTOSH_ROMAN,
                NameRecord.LANGUAGE_MACINTOSH_ENGLISH);
        if (mac != null && !mac.isBlank()) {
            return mac.strip();
        }
        return names.getNameRecords().stream().filter(r -> r.getNameId() == id && r.getString() != null
                && !r.getString().isBlank()).map(r -> r.getString().strip()).findFirst().orElse(null);
    }
}
