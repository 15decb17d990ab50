package org.columnpress.render.pdf.internal.preflight;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.EAN13Writer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.columnpress.render.pdf.internal.preflight.PreflightRules.Area;
import org.columnpress.render.pdf.internal.preflight.PreflightRules.Bleed;
import org.columnpress.render.pdf.internal.preflight.PreflightRules.CoverRules;
import org.columnpress.render.pdf.internal.preflight.PreflightRules.GutterStep;
import org.columnpress.render.pdf.internal.preflight.PreflightRules.Margins;

/**
 * Print PDFs made with PDFBox for the preflight tests: a 6 x 9 in interior with KDP's bleed (top, bottom,
 * outside), text in DeviceGray with an embedded font inside generous margins, and a full-wrap cover; each
 * test draws its one fault on top.
 */
final class PrintPdfs {

    static final float IN = 72;
    static final float TRIM_W = 6 * IN;
    static final float TRIM_H = 9 * IN;
    static final float BLEED = 0.125f * IN;
    static final String ISBN = "9789090123455";

    private PrintPdfs() {
    }

    /** KDP-like rules (figures as in the research notes), with the given cover rules. */
    static PreflightRules kdp(Optional<CoverRules> cover) {
        return new PreflightRules("KDP 6x9in paperback, cream", TRIM_W, TRIM_H,
                new Bleed(BLEED, BLEED, BLEED, 0), 24, 776, true, false,
                List.of(new GutterStep(150, 0.375 * IN), new GutterStep(300, 0.5 * IN),
                        new GutterStep(500, 0.625 * IN), new GutterStep(700, 0.75 * IN),
                        new GutterStep(828, 0.875 * IN)),
                new Margins(0.375 * IN, 0.375 * IN, 0.375 * IN), Optional.empty(), true, 300, false, cover, false);
    }

    static PreflightRules kdp() {
        return kdp(Optional.empty());
    }

    /** 200 cream pages: spine 200 x 0.0025 = 0.5 in; KDP prints its own barcode. */
    static CoverRules kdpCover(boolean spineTextAllowed, Optional<String> isbn) {
        double spine = 0.5 * IN;
        return new CoverRules(2 * TRIM_W + spine, TRIM_H, BLEED, TRIM_W, TRIM_W + spine, 0.0625 * IN,
                spineTextAllowed, isbn, barcodeArea());
    }

    /** 2 x 1.2 in, 0.25 in from the back's lower right trim corners. */
    static Area barcodeArea() {
        return new Area(TRIM_W - 0.25 * IN - 2 * IN, 0.25 * IN, 2 * IN, 1.2 * IN);
    }

    /** Draws on one page, after the default text. */
    interface Painter {
        void paint(PDDocument doc, PDPageContentStream out, PDRectangle trim, int number, PDFont font)
                throws IOException;
    }

    /** A page's boxes: trim + bleed, inside edge on the left of odd pages. */
    static PDPage page(int number, Bleed bleed, float trimW, float trimH) {
        boolean recto = number % 2 == 1;
        float left = (float) (recto ? bleed.inside() : bleed.outside());
        float right = (float) (recto ? bleed.outside() : bleed.inside());
        PDRectangle media = new PDRectangle(left + trimW + right, (float) (bleed.bottom() + trimH + bleed.top()));
        PDPage page = new PDPage(media);
        page.setTrimBox(new PDRectangle(left, (float) bleed.bottom(), trimW, trimH));
        page.setBleedBox(new PDRectangle(0, 0, media.getWidth(), media.getHeight()));
        return page;
    }

    static Path interior(Path file, int pages, Painter painter) throws IOException {
        return interior(file, pages, new Bleed(BLEED, BLEED, BLEED, 0), painter);
    }

    /**
     * {@code pages} pages; each but a blank last one (when {@code pages} is even) has twenty lines of text
     * 0.75 in from the inside, 0.5 in from top and outside, and a folio 0.5 in above the bottom.
     */
    static Path interior(Path file, int pages, Bleed bleed, Painter painter) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = literata(doc);
            for (int n = 1; n <= pages; n++) {
                PDPage page = page(n, bleed, TRIM_W, TRIM_H);
                doc.addPage(page);
                PDRectangle trim = page.getTrimBox();
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    if (n < pages || pages % 2 == 1) {
                        text(out, font, trim, n);
                    }
                    painter.paint(doc, out, trim, n, font);
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    static PDFont literata(PDDocument doc) throws IOException {
        try (InputStream in = PrintPdfs.class.getResourceAsStream("/org/columnpress/core/fonts/Literata-Regular.ttf")) {
            return PDType0Font.load(doc, in);
        }
    }

    private static void text(PDPageContentStream out, PDFont font, PDRectangle trim, int n) throws IOException {
        float left = trim.getLowerLeftX() + (n % 2 == 1 ? 0.75f : 0.5f) * IN;
        out.setNonStrokingColor(0f); // DeviceGray black
        out.beginText();
        out.setFont(font, 10);
        out.newLineAtOffset(left, trim.getUpperRightY() - 0.5f * IN - 10);
        for (int line = 0; line < 20; line++) {
            out.showText("Line " + line + " of page " + n + ", set in black ink.");
            out.newLineAtOffset(0, -14);
        }
        out.endText();
        show(out, font, 9, trim.getLowerLeftX() + 3 * IN, trim.getLowerLeftY() + 0.5f * IN, String.valueOf(n));
    }

    static void show(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    /** A grey gradient image {@code pixels} wide and high, drawn {@code inches} wide at (x, y). */
    static void image(PDDocument doc, PDPageContentStream out, int pixels, float inches, float x, float y)
            throws IOException {
        out.drawImage(image(doc, pixels), x, y, inches * IN, inches * IN);
    }

    static PDImageXObject image(PDDocument doc, int pixels) throws IOException {
        BufferedImage image = new BufferedImage(pixels, pixels, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < pixels; i++) {
            for (int j = 0; j < pixels; j++) {
                int v = (i + j) * 255 / (2 * pixels);
                image.setRGB(i, j, v << 16 | v << 8 | v);
            }
        }
        return LosslessFactory.createFromImage(doc, image);
    }

    /** A cover page of the given trimmed size with {@code bleed} all round; {@code painter} draws on it. */
    static Path cover(Path file, double width, double height, double bleed, Painter painter) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = literata(doc);
            float b = (float) bleed;
            PDPage page = new PDPage(new PDRectangle((float) width + 2 * b, (float) height + 2 * b));
            page.setTrimBox(new PDRectangle(b, b, (float) width, (float) height));
            page.setBleedBox(page.getMediaBox());
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                show(out, font, 28, b + TRIM_W + 0.5f * IN + 1 * IN, b + 6 * IN, "A Title");
                painter.paint(doc, out, page.getTrimBox(), 1, font);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /**
     * Title on the spine, running top to bottom (turned 270 degrees). Turned so, a glyph's ascent lies to
     * the right of its baseline and its descent to the left: the baseline goes where the descent keeps
     * {@code fromFold} from the back panel's fold.
     */
    static void spineText(PDPageContentStream out, PDFont font, PDRectangle trim, float size, double fromFold)
            throws IOException {
        // Turned a quarter clockwise, the letters' feet face the back's fold; none of these letters goes
        // below the baseline, so the ink begins at the baseline (less the round letters' overshoot).
        float x = (float) (trim.getLowerLeftX() + TRIM_W + fromFold);
        out.beginText();
        out.setFont(font, size);
        out.setTextMatrix(Matrix.getRotateInstance(-Math.PI / 2, x, trim.getUpperRightY() - 1 * IN));
        out.showText("A Title  Some Author");
        out.endText();
    }

    /** The EAN-13 of {@code digits}, as vector bars, filling {@code area} of the trim (one white module margin). */
    static void barcode(PDPageContentStream out, PDRectangle trim, Area area, String digits) throws IOException {
        barcode(out, trim, area, digits, "");
    }

    /**
     * The EAN-13 of {@code digits} with, unless empty, a 5-digit add-on (the price) to its right, as vector
     * bars on a white box filling {@code area}. ZXing writes EAN-13 only; the add-on is encoded here.
     */
    static void barcode(PDPageContentStream out, PDRectangle trim, Area area, String digits, String addOn)
            throws IOException {
        BitMatrix main = new EAN13Writer().encode(digits, BarcodeFormat.EAN_13, 0, 0);
        StringBuilder modules = new StringBuilder();
        for (int x = 0; x < main.getWidth(); x++) {
            modules.append(main.get(x, 0) ? '1' : '0');
        }
        if (!addOn.isEmpty()) {
            modules.append(ean5(addOn)).append("00000");
        }
        float module = (float) area.width() / modules.length();
        float x0 = (float) (trim.getLowerLeftX() + area.x());
        float y0 = (float) (trim.getLowerLeftY() + area.y());
        out.setNonStrokingColor(1f);
        out.addRect(x0, y0, (float) area.width(), (float) area.height());
        out.fill();
        out.setNonStrokingColor(0f);
        for (int x = 0; x < modules.length(); x++) {
            if (modules.charAt(x) == '1') {
                out.addRect(x0 + x * module, y0 + 0.1f * IN, module, (float) area.height() - 0.2f * IN);
            }
        }
        out.fill();
    }

    private static final String[] L = {"0001101", "0011001", "0010011", "0111101", "0100011", "0110001", "0101111",
        "0111011", "0110111", "0001011"};
    private static final String[] G = {"0100111", "0110011", "0011011", "0100001", "0011101", "0111001", "0000101",
        "0010001", "0001001", "0010111"};
    /** Which of the five digits take the G set, by checksum (GS1 General Specifications 5.2.2.6). */
    private static final String[] PARITY = {"GGLLL", "GLGLL", "GLLGL", "GLLLG", "LGGLL", "LLGGL", "LLLGG", "LGLGL",
        "LGLLG", "LLGLG"};

    /** EAN-5: start guard 1011, the digits in L or G sets by the checksum, 01 between them. */
    static String ean5(String price) {
        int[] d = price.chars().map(c -> c - '0').toArray();
        int checksum = (3 * (d[0] + d[2] + d[4]) + 9 * (d[1] + d[3])) % 10;
        StringBuilder out = new StringBuilder("1011");
        for (int i = 0; i < 5; i++) {
            out.append(i == 0 ? "" : "01").append(PARITY[checksum].charAt(i) == 'G' ? G[d[i]] : L[d[i]]);
        }
        return out.toString();
    }
}
