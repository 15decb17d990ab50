package org.columnpress.core.render;

import java.awt.Dimension;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** An image's size in pixels, read from its header alone (no pixels decoded). */
public final class ImagePixels {

    private ImagePixels() {
    }

    /**
     * Width and height, or empty when ImageIO cannot read the file.
     *
     * @param file the image file
     * @return the size in pixels; empty for a format ImageIO does not know or a file it cannot read
     */
    public static Optional<Dimension> of(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new Dimension(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
