package org.columnpress.render.pdf.internal.preflight;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * PDFBox's engine over a page's content stream (forms included), for what {@link QuickScan} does not read:
 * covers, whose every glyph's inked box the spine and barcode checks measure, and content FOP does not
 * write. Gathers the same {@link PageFacts}. Nothing is rendered.
 */
final class PageScan extends PDFGraphicsStreamEngine {

    private final Map<COSBase, PDFont> fonts;
    private final PageFacts facts;
    private Point2D current = new Point2D.Float();

    /** Whether Identity-H text is measured by {@link PageFacts#identityText}; off only to compare it with PDFBox's own loop. */
    private final boolean identityLoop;

    private PageScan(PDPage page, Map<COSBase, PDFont> fonts, boolean keepGlyphs, boolean identityLoop) {
        super(page);
        this.fonts = fonts;
        this.facts = new PageFacts(keepGlyphs);
        this.identityLoop = identityLoop;
    }

    /**
     * Scans {@code page}; every font that draws text is added to {@code fonts}. With {@code keepGlyphs}
     * (a cover: a few hundred glyphs) every glyph's box is kept, else only the turned ones'.
     */
    static PageFacts of(PDPage page, Map<COSBase, PDFont> fonts, boolean keepGlyphs) throws IOException {
        return of(page, fonts, keepGlyphs, true);
    }

    /** As {@link #of(PDPage, Map, boolean)}; without {@code identityLoop} every glyph goes through PDFBox's loop. */
    static PageFacts of(PDPage page, Map<COSBase, PDFont> fonts, boolean keepGlyphs, boolean identityLoop)
            throws IOException {
        PageScan scan = new PageScan(page, fonts, keepGlyphs, identityLoop);
        scan.processPage(page);
        return scan.facts;
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

    @Override
    protected void showText(byte[] string) throws IOException {
        PDGraphicsState state = getGraphicsState();
        PDTextState text = state.getTextState();
        RenderingMode mode = text.getRenderingMode();
        if ((mode.isFill() && PageFacts.isRgb(state.getNonStrokingColorSpace()))
                || (mode.isStroke() && PageFacts.isRgb(state.getStrokingColorSpace()))) {
            facts.rgbText();
        }
        PDFont font = text.getFont();
        if (font != null) {
            fonts.putIfAbsent(font.getCOSObject(), font);
        }
        if (identityLoop && !facts.keepsGlyphs() && string.length % 2 == 0 && font instanceof PDType0Font type0
                && QuickScan.isIdentityH(type0)) {
            if (mode != RenderingMode.NEITHER) {
                facts.identityText(string, type0, text.getFontSize(), text.getHorizontalScaling() / 100f,
                        text.getCharacterSpacing(), text.getRise(), state.getTextMatrix(),
                        state.getCurrentTransformationMatrix());
            } else {
                super.showText(string); // moves the text matrix; measures nothing (glyph() skips invisible text)
            }
        } else {
            super.showText(string);
        }
    }

    @Override
    protected void showFontGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        if (facts.keepsGlyphs() && font instanceof PDVectorFont outlines) {
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
        glyph(trm, 0, displacement.getX(), facts.vertical(font));
    }

    private void glyph(Matrix trm, double x0, double w, double[] v) {
        if (getGraphicsState().getTextState().getRenderingMode() == RenderingMode.NEITHER) {
            return; // invisible text (an OCR layer, say) prints nothing
        }
        facts.glyph(trm.getValue(0, 0), trm.getValue(0, 1), trm.getValue(1, 0), trm.getValue(1, 1),
                trm.getValue(2, 0), trm.getValue(2, 1), x0, w, v);
    }

    @Override
    public void drawImage(PDImage image) {
        facts.image(getGraphicsState().getCurrentTransformationMatrix(), image.getWidth(), image.getHeight());
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
