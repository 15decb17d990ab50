package org.columnpress.render.pdf.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
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
            BufferedImage page = new PDFRenderer(doc).renderImage(0, scale, ImageType.RGB);
            int x = (int) Math.round(layout.frontLeft() * scale);
            int y = (int) Math.round(layout.bleed() * scale);
            int width = Math.min((int) Math.round(layout.frontWidth() * scale), page.getWidth() - x);
            BufferedImage front = page.getSubimage(x, y, width, Math.min(height, page.getHeight() - y));
            if (!ImageIO.write(front, "png", png.toFile())) {
                throw new ColumnpressException("No PNG writer in this Java: cannot write " + png);
            }
        } catch (IOException e) {
            throw new ColumnpressException("Cannot make the front cover image " + png + " from " + coverPdf
                    + ": " + e.getMessage(), e);
        }
    }
}
