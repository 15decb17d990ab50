package org.columnpress.render.pdf.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.RenderDestination;
import org.columnpress.core.ColumnpressException;

/**
 * The front panel of a rendered cover PDF as a PNG: the EPUB's cover when the book has no cover image of
 * its own, so that both editions look alike. Trimmed (no bleed, no spine).
 */
public final class CoverFront {

    private CoverFront() {
    }

    /**
     * @param coverPdf a cover rendered by {@link CoverRenderer} with {@code layout}
     * @param height   the PNG's height in pixels (1,600 suits the EPUB readers' stores)
     */
    public static void png(Path coverPdf, CoverLayout layout, int height, Path png) {
        float scale = (float) (height / layout.trimHeight());
        try (PDDocument doc = Loader.loadPDF(coverPdf.toFile())) {
            PDRectangle sheet = doc.getPage(0).getCropBox();
            int sheetWidth = (int) Math.max(Math.floor(sheet.getWidth() * scale), 1);
            int sheetHeight = (int) Math.max(Math.floor(sheet.getHeight() * scale), 1);
            int x = (int) Math.round(layout.frontLeft() * scale);
            int y = (int) Math.round(layout.bleed() * scale);
            int width = Math.min((int) Math.round(layout.frontWidth() * scale), sheetWidth - x);
            // Only the front is painted (the whole sheet of a thick book is three times as wide), at the
            // pixels a render of the whole sheet would give it: the same scale, shifted by whole pixels.
            BufferedImage front = new BufferedImage(width, Math.min(height, sheetHeight - y), BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = front.createGraphics();
            try {
                graphics.setBackground(Color.WHITE);
                graphics.clearRect(0, 0, front.getWidth(), front.getHeight());
                graphics.translate(-x, -y);
                new PDFRenderer(doc).renderPageToGraphics(0, graphics, scale, scale, RenderDestination.EXPORT);
            } finally {
                graphics.dispose();
            }
            if (!ImageIO.write(front, "png", png.toFile())) {
                throw new ColumnpressException("No PNG writer in this Java: cannot write " + png);
            }
        } catch (IOException e) {
            throw new ColumnpressException("Cannot make the front cover image " + png + " from " + coverPdf
                    + ": " + e.getMessage(), e);
        }
    }
}
