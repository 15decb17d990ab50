package org.columnpress.core.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes a smaller copy of a PNG or JPEG in its own format: JPEG again as JPEG at quality 0.85, PNG as PNG
 * with its alpha channel. Scaled in halving steps, each bilinear, so fine detail is averaged rather than
 * skipped. The same input gives the same bytes: ImageIO's writers stamp no time, and none is given.
 * <p>
 * Colours: a JPEG's embedded ICC profile (Adobe RGB, Display P3) is applied by ImageIO's JPEG reader as it
 * decodes, so the copy holds the colours converted to sRGB and is written as sRGB, without a profile. We
 * chose sRGB over keeping the profile because an sRGB JPEG looks the same on every reading system, colour
 * managed or not (many EPUB readers and e-ink devices ignore profiles, and an Adobe RGB picture read as
 * sRGB looks dull), and the PDF's output intent is sRGB. What is lost is only the few colours beyond sRGB.
 * An EXIF orientation ({@link ExifOrientation}) is applied to the pixels.
 */
final class Downsampler {

    static final float JPEG_QUALITY = 0.85f;

    enum Format { JPEG, PNG }

    private Downsampler() {
    }

    /**
     * Writes {@code file} scaled to {@code width} x {@code height} into {@code target}.
     *
     * @return false when ImageIO cannot decode the file (a CMYK JPEG, say): the caller keeps the original
     */
    static boolean write(Path file, Format format, int width, int height, Path target) throws IOException {
        return write(file, format, width, height, ExifOrientation.NORMAL, target);
    }

    /**
     * As {@link #write(Path, Format, int, int, Path)}, turning the pixels the way {@code orientation} (an
     * EXIF orientation) says; {@code width} and {@code height} are those of the picture the right way up.
     */
    static boolean write(Path file, Format format, int width, int height, int orientation, Path target)
            throws IOException {
        boolean swap = ExifOrientation.swapsSides(orientation);
        BufferedImage decoded = read(file, swap ? height : width, swap ? width : height);
        if (decoded == null) {
            return false;
        }
        boolean alpha = format == Format.PNG && decoded.getColorModel().hasAlpha();
        boolean gray = decoded.getColorModel().getNumColorComponents() == 1;
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : gray ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB;
        BufferedImage source = orientation == ExifOrientation.NORMAL ? decoded : upright(decoded, orientation, type);
        BufferedImage image = source;
        int w = source.getWidth();
        int h = source.getHeight();
        while (w / 2 >= width && h / 2 >= height) {
            w /= 2;
            h /= 2;
            image = scale(image, w, h, type);
        }
        if (w != width || h != height || image == source) {
            image = scale(image, width, height, type);
        }
        try (OutputStream out = Files.newOutputStream(target)) {
            if (format == Format.PNG) {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("no PNG writer");
                }
            } else {
                writeJpeg(image, out);
            }
        }
        return true;
    }

    /**
     * Decodes the image, skipping rows and columns while it stays at least twice the target size: a
     * photograph of 100 megapixels never needs its whole raster in memory. Null when it cannot be decoded.
     */
    private static BufferedImage read(Path file, int width, int height) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int step = Math.max(1, Math.min(reader.getWidth(0) / (2 * width), reader.getHeight(0) / (2 * height)));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The decoded pixels turned the right way up, exactly (a quarter turn or a mirror moves whole pixels). */
    private static BufferedImage upright(BufferedImage image, int orientation, int type) {
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = ExifOrientation.swapsSides(orientation);
        BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, type);
        Graphics2D g = turned.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(image, ExifOrientation.transform(orientation, w, h), null);
        } finally {
            g.dispose();
        }
        return turned;
    }

    private static BufferedImage scale(BufferedImage image, int width, int height, int type) {
        BufferedImage scaled = new BufferedImage(width, height, type);
        Graphics2D g = scaled.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return scaled;
    }

    private static void writeJpeg(BufferedImage image, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
