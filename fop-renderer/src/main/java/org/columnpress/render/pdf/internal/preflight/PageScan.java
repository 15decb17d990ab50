package org.columnpress.render.pdf.internal.preflight;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDCalRGB;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.color.PDIndexed;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * One pass over a page's content stream (forms included) that gathers what the checks need: where the
 * glyphs are, which fonts draw them, in which colour space, and each image's effective resolution.
 * Nothing is rendered, so a thousand pages take a second or two.
 */
final class PageScan extends PDFGraphicsStreamEngine {

    /** A glyph's box in default user space and its baseline's angle in degrees, 0 to 360. */
    record Glyph(Rectangle2D box, double rotation) {
    }

    /** An image as placed: its effective resolution, the lower of the two directions. */
    record Placed(double ppi, int pixelsWide, int pixelsHigh) {

        DrawnImage on(int page) {
            return new DrawnImage(page, pixelsWide, pixelsHigh, ppi);
        }
    }

    private final Map<COSBase, PDFont> fonts;
    private final boolean keepGlyphs;
    private final List<Glyph> kept = new ArrayList<>();
    private final Map<PDFont, double[]> verticals = new HashMap<>();
    private final List<Glyph> rotated = new ArrayList<>();
    private final List<Placed> images = new ArrayList<>();
    private double minX = Double.MAX_VALUE;
    private double minY = Double.MAX_VALUE;
    private double maxX = -Double.MAX_VALUE;
    private double maxY = -Double.MAX_VALUE;
    private int glyphs;
    private int rgbTextOperators;
    private Point2D current = new Point2D.Float();

    /** Whether Identity-H text is measured by {@link #showIdentityText}; off only to compare it with PDFBox's own loop. */
    private final boolean identityLoop;

    private PageScan(PDPage page, Map<COSBase, PDFont> fonts, boolean keepGlyphs, boolean identityLoop) {
        super(page);
        this.fonts = fonts;
        this.keepGlyphs = keepGlyphs;
        this.identityLoop = identityLoop;
    }

    /**
     * Scans {@code page}; every font that draws text is added to {@code fonts}. With {@code keepGlyphs}
     * (a cover: a few hundred glyphs) every glyph's box is kept, else only the turned ones'.
     */
    static PageScan of(PDPage page, Map<COSBase, PDFont> fonts, boolean keepGlyphs) throws IOException {
        return of(page, fonts, keepGlyphs, true);
    }

    /** As {@link #of(PDPage, Map, boolean)}; without {@code identityLoop} every glyph goes through PDFBox's loop. */
    static PageScan of(PDPage page, Map<COSBase, PDFont> fonts, boolean keepGlyphs, boolean identityLoop)
            throws IOException {
        PageScan scan = new PageScan(page, fonts, keepGlyphs, identityLoop);
        scan.processPage(page);
        return scan;
    }

    /**
     * Whether the page's content has a {@code Do} operator: FOP gives every page the same resources, so
     * only the content tells whether a page draws an image, and its bytes are read far faster than its
     * operators are interpreted.
     */
    static boolean drawsXObject(PDPage page) throws IOException {
        try (java.io.InputStream in = page.getContents()) {
            byte[] content = in.readAllBytes();
            for (int i = 1; i + 1 < content.length; i++) {
                if (content[i] == 'D' && content[i + 1] == 'o' && isSpace(content[i - 1])
                        && (i + 2 == content.length || isSpace(content[i + 2]))) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
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

    /** Text-showing operators that paint in an RGB colour space. */
    int rgbTextOperators() {
        return rgbTextOperators;
    }

    @Override
    protected void showText(byte[] string) throws IOException {
        PDGraphicsState state = getGraphicsState();
        RenderingMode mode = state.getTextState().getRenderingMode();
        if ((mode.isFill() && isRgb(state.getNonStrokingColorSpace()))
                || (mode.isStroke() && isRgb(state.getStrokingColorSpace()))) {
            rgbTextOperators++;
        }
        PDFont font = state.getTextState().getFont();
        if (font != null) {
            fonts.putIfAbsent(font.getCOSObject(), font);
        }
        if (identityLoop && !keepGlyphs && string.length % 2 == 0 && font instanceof PDType0Font type0
                && IDENTITY_H.equals(type0.getCOSObject().getDictionaryObject(COSName.ENCODING))) {
            showIdentityText(string, type0);
        } else {
            super.showText(string);
        }
    }

    private static final COSName IDENTITY_H = COSName.getPDFName("Identity-H");

    /**
     * PDFBox's text loop for the one encoding FOP writes, Identity-H, without its per-glyph objects: the
     * same glyphs, widths, spacing and matrices (PDF 32000-1, 9.4.4), measured the same way. A book's
     * interior has millions of glyphs, and the generic loop (a code-space lookup through streams, two new
     * matrices and a vector per glyph) took a third of the preflight. Identity-H codes are two bytes, the
     * CID the code itself; word spacing never applies (it is for one-byte code 32 only).
     */
    private void showIdentityText(byte[] string, PDType0Font font) throws IOException {
        PDGraphicsState state = getGraphicsState();
        PDTextState text = state.getTextState();
        float fontSize = text.getFontSize();
        float horizontalScaling = text.getHorizontalScaling() / 100f;
        float charSpacing = text.getCharacterSpacing();
        double p = fontSize * horizontalScaling;
        double rise = text.getRise();
        double[] vertical = vertical(font);
        Matrix tm = state.getTextMatrix();
        Matrix ctm = state.getCurrentTransformationMatrix();
        double ca = ctm.getValue(0, 0);
        double cb = ctm.getValue(0, 1);
        double cc = ctm.getValue(1, 0);
        double cd = ctm.getValue(1, 1);
        double ce = ctm.getValue(2, 0);
        double cf = ctm.getValue(2, 1);
        for (int i = 0; i < string.length; i += 2) {
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

    @Override
    protected void showFontGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        if (keepGlyphs && font instanceof PDVectorFont outlines) {
            // A cover's few hundred glyphs get their inked box: the spine check measures how close the
            // letters come to a fold, and the font's ascent and descent (what the interior's margins use)
            // reach far beyond the letters of a display face.
            Rectangle2D ink = outlines.getNormalizedPath(code).getBounds2D();
            if (!ink.isEmpty()) {
                glyph(trm, ink.getMinX() / 1000, ink.getMaxX() / 1000, new double[] {ink.getMinY() / 1000,
                        ink.getMaxY() / 1000});
                return;
            }
            String text = font.toUnicode(code);
            if (text != null && text.isBlank()) {
                return; // a space prints nothing
            }
            // no outline to measure (a standard font that is not embedded): the font's box, as below
        }
        glyph(trm, font, displacement);
    }

    /** A Type3 glyph's own content is not run: its box is all the checks need. */
    @Override
    protected void showType3Glyph(Matrix trm, PDType3Font font, int code, Vector displacement) {
        glyph(trm, font, displacement);
    }

    private void glyph(Matrix trm, PDFont font, Vector displacement) {
        glyph(trm, 0, displacement.getX(), vertical(font));
    }

    private void glyph(Matrix trm, double x0, double w, double[] v) {
        glyph(trm.getValue(0, 0), trm.getValue(0, 1), trm.getValue(1, 0), trm.getValue(1, 1), trm.getValue(2, 0),
                trm.getValue(2, 1), x0, w, v);
    }

    /**
     * A glyph's box from {@code x0} to {@code w} and {@code v[0]} to {@code v[1]} in glyph space (ems), under
     * the text rendering matrix {@code [a b c d e f]}.
     */
    private void glyph(double a, double b, double c, double d, double e, double f, double x0, double w, double[] v) {
        if (getGraphicsState().getTextState().getRenderingMode() == RenderingMode.NEITHER) {
            return; // invisible text (an OCR layer, say) prints nothing
        }
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
        double rotation = (Math.toDegrees(Math.atan2(b, a)) + 360) % 360;
        boolean turned = Math.abs(b) > 1e-6 * Math.abs(a);
        if (turned || keepGlyphs) {
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
    private double[] vertical(PDFont font) {
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

    @Override
    public void drawImage(PDImage image) {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        double wide = Math.hypot(ctm.getValue(0, 0), ctm.getValue(0, 1)) / 72;
        double high = Math.hypot(ctm.getValue(1, 0), ctm.getValue(1, 1)) / 72;
        if (wide <= 0 || high <= 0) {
            return;
        }
        double ppi = Math.min(image.getWidth() / wide, image.getHeight() / high);
        images.add(new Placed(ppi, image.getWidth(), image.getHeight()));
    }

    // Paths are not checked; the engine needs a current point to follow them.

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        current = p0;
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
    }

    @Override
    public void strokePath() {
    }

    @Override
    public void fillPath(int windingRule) {
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
