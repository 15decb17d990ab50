package org.columnpress.render.pdf.internal.preflight;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDCalRGB;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.color.PDIndexed;
import org.apache.pdfbox.util.Matrix;

/**
 * What one page draws, as the checks need it: where its glyphs are, how many text operators paint in
 * RGB, and each image's effective resolution. Filled by {@link QuickScan} for the content FOP writes and
 * by {@link PageScan}, PDFBox's engine, for any other; both measure with the methods here.
 */
final class PageFacts {

    /** A glyph's box in default user space and its baseline's angle in degrees, 0 to 360. */
    record Glyph(Rectangle2D box, double rotation) {
    }

    /** An image as placed: its effective resolution, the lower of the two directions. */
    record Placed(double ppi, int pixelsWide, int pixelsHigh) {

        DrawnImage on(int page) {
            return new DrawnImage(page, pixelsWide, pixelsHigh, ppi);
        }
    }

    private final boolean keepGlyphs;
    private final List<Glyph> kept = new ArrayList<>();
    private final List<Glyph> rotated = new ArrayList<>();
    private final List<Placed> images = new ArrayList<>();
    private double minX = Double.MAX_VALUE;
    private double minY = Double.MAX_VALUE;
    private double maxX = -Double.MAX_VALUE;
    private double maxY = -Double.MAX_VALUE;
    private int glyphs;
    private int rgbTextOperators;
    private final Map<PDFont, double[]> verticals = new HashMap<>();

    /** @param keepGlyphs whether to keep every glyph's box (a cover: a few hundred glyphs), else only the turned ones' */
    PageFacts(boolean keepGlyphs) {
        this.keepGlyphs = keepGlyphs;
    }

    boolean keepsGlyphs() {
        return keepGlyphs;
    }

    /** The box around all visible text, or null for a page without text. */
    Rectangle2D textBounds() {
        return glyphs == 0 ? null : new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY);
    }

    int glyphs() {
        return glyphs;
    }

    /** Glyphs whose baseline is not horizontal (turned 90 or 270 degrees on a spine, say). */
    List<Glyph> rotatedGlyphs() {
        return rotated;
    }

    /** Every glyph, when the scan was asked to keep them; else none. */
    List<Glyph> allGlyphs() {
        return kept;
    }

    List<Placed> images() {
        return images;
    }

    /** Text-showing operators (each string of a {@code TJ} counts) that paint in an RGB colour space. */
    int rgbTextOperators() {
        return rgbTextOperators;
    }

    void rgbText() {
        rgbTextOperators++;
    }

    /** An image of {@code width} x {@code height} pixels drawn into the unit square under {@code ctm}. */
    void image(Matrix ctm, int width, int height) {
        double wide = Math.hypot(ctm.getValue(0, 0), ctm.getValue(0, 1)) / 72;
        double high = Math.hypot(ctm.getValue(1, 0), ctm.getValue(1, 1)) / 72;
        if (wide <= 0 || high <= 0) {
            return;
        }
        images.add(new Placed(Math.min(width / wide, height / high), width, height));
    }

    /**
     * The glyphs of a string in the one encoding FOP writes, Identity-H, measured as PDFBox's text loop
     * measures them, without its per-glyph objects: the same widths, spacing and matrices (PDF 32000-1,
     * 9.4.4). A book's interior has millions of glyphs, and the generic loop (a code-space lookup through
     * streams, two new matrices and a vector per glyph) took a third of the preflight. Identity-H codes are
     * two bytes, the CID the code itself; word spacing never applies (it is for one-byte code 32 only).
     *
     * @param tm the text matrix, moved past the string as PDFBox moves it
     */
    void identityText(byte[] string, PDType0Font font, float fontSize, float horizontalScaling,
            float charSpacing, float rise, Matrix tm, Matrix ctm) throws IOException {
        double p = fontSize * horizontalScaling;
        double[] vertical = vertical(font);
        double ca = ctm.getValue(0, 0);
        double cb = ctm.getValue(0, 1);
        double cc = ctm.getValue(1, 0);
        double cd = ctm.getValue(1, 1);
        double ce = ctm.getValue(2, 0);
        double cf = ctm.getValue(2, 1);
        for (int i = 0; i + 1 < string.length; i += 2) {
            int code = (string[i] & 0xff) << 8 | (string[i + 1] & 0xff);
            float width = font.getWidth(code) / 1000;
            // text rendering matrix = [fontSize x scaling, 0, 0, fontSize, 0, rise] x Tm x CTM
            double ta = tm.getValue(0, 0);
            double tb = tm.getValue(0, 1);
            double tc = tm.getValue(1, 0);
            double td = tm.getValue(1, 1);
            double te = tm.getValue(2, 0);
            double tf = tm.getValue(2, 1);
            double ma = ta * ca + tb * cc;
            double mb = ta * cb + tb * cd;
            double mc = tc * ca + td * cc;
            double md = tc * cb + td * cd;
            double me = te * ca + tf * cc + ce;
            double mf = te * cb + tf * cd + cf;
            glyph(p * ma, p * mb, fontSize * mc, fontSize * md, rise * mc + me, rise * md + mf, 0, width, vertical);
            tm.translate((width * fontSize + charSpacing) * horizontalScaling, 0);
        }
    }

    /**
     * A glyph's box from {@code x0} to {@code w} and {@code v[0]} to {@code v[1]} in glyph space (ems), under
     * the text rendering matrix {@code [a b c d e f]}. Invisible text (render mode 3) is not counted: callers
     * leave it out.
     */
    void glyph(double a, double b, double c, double d, double e, double f, double x0, double w, double[] v) {
        double gx0 = Double.MAX_VALUE;
        double gy0 = Double.MAX_VALUE;
        double gx1 = -Double.MAX_VALUE;
        double gy1 = -Double.MAX_VALUE;
        for (int corner = 0; corner < 4; corner++) {
            double x = (corner & 1) == 0 ? x0 : w;
            double y = (corner & 2) == 0 ? v[0] : v[1];
            double px = a * x + c * y + e;
            double py = b * x + d * y + f;
            gx0 = Math.min(gx0, px);
            gy0 = Math.min(gy0, py);
            gx1 = Math.max(gx1, px);
            gy1 = Math.max(gy1, py);
        }
        glyphs++;
        minX = Math.min(minX, gx0);
        minY = Math.min(minY, gy0);
        maxX = Math.max(maxX, gx1);
        maxY = Math.max(maxY, gy1);
        boolean turned = Math.abs(b) > 1e-6 * Math.abs(a);
        if (turned || keepGlyphs) {
            double rotation = (Math.toDegrees(Math.atan2(b, a)) + 360) % 360;
            Glyph glyph = new Glyph(new Rectangle2D.Double(gx0, gy0, gx1 - gx0, gy1 - gy0), rotation);
            if (turned) {
                rotated.add(glyph);
            }
            if (keepGlyphs) {
                kept.add(glyph);
            }
        }
    }

    /** Descent and ascent in text space (ems), from the font's descriptor, else its box. */
    double[] vertical(PDFont font) {
        return verticals.computeIfAbsent(font, f -> {
            double scale = f.getFontMatrix().getScaleY();
            PDFontDescriptor descriptor = f.getFontDescriptor();
            if (descriptor != null && descriptor.getAscent() != 0) {
                return new double[] {descriptor.getDescent() * scale, descriptor.getAscent() * scale};
            }
            try {
                var box = f.getBoundingBox();
                if (box != null && box.getHeight() > 0) {
                    return new double[] {box.getLowerLeftY() * scale, box.getUpperRightY() * scale};
                }
            } catch (IOException e) {
                // fall through to the usual proportions
            }
            return new double[] {-0.2, 0.8};
        });
    }

    static boolean isRgb(PDColorSpace space) throws IOException {
        if (space instanceof PDDeviceRGB || space instanceof PDCalRGB) {
            return true;
        }
        if (space instanceof PDICCBased icc) {
            return icc.getNumberOfComponents() == 3;
        }
        return space instanceof PDIndexed indexed && isRgb(indexed.getBaseColorSpace());
    }
}
