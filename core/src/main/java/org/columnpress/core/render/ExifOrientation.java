package org.columnpress.core.render;

import java.awt.geom.AffineTransform;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The EXIF orientation of a JPEG (TIFF tag 274 in the Exif APP1 segment): which way up a camera meant its
 * pixels. Neither FOP nor ImageIO applies it, and reading systems differ (web engines since 2020 do, older
 * ones do not), so a prepared copy has it applied to its pixels and carries no EXIF at all.
 */
final class ExifOrientation {

    /** As stored: pixels the right way up. */
    static final int NORMAL = 1;

    private ExifOrientation() {
    }

    /** The orientation, 1 to 8; {@link #NORMAL} when the file says none, or says it wrongly. */
    static int of(Path jpeg) {
        try (InputStream stream = Files.newInputStream(jpeg);
                DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(stream, 8192))) {
            if (in.readUnsignedShort() != 0xFFD8) {
                return NORMAL;
            }
            while (true) {
                int marker = in.readUnsignedShort();
                if ((marker & 0xFF00) != 0xFF00 || marker == 0xFFDA || marker == 0xFFD9) {
                    return NORMAL; // the image data begins: no Exif before it
                }
                int length = in.readUnsignedShort() - 2;
                if (length < 0) {
                    return NORMAL;
                }
                if (marker == 0xFFE1 && length > 14) {
                    byte[] segment = in.readNBytes(length);
                    int found = fromExif(segment);
                    if (found != 0) {
                        return found;
                    }
                } else {
                    in.skipNBytes(length);
                }
            }
        } catch (IOException | RuntimeException e) {
            return NORMAL; // a damaged header: the image is used as its pixels are
        }
    }

    /** The orientation in an APP1 segment that starts "Exif\0\0", or 0 when it holds none. */
    private static int fromExif(byte[] segment) {
        if (!(segment[0] == 'E' && segment[1] == 'x' && segment[2] == 'i' && segment[3] == 'f' && segment[4] == 0)) {
            return 0;
        }
        ByteBuffer tiff = ByteBuffer.wrap(segment, 6, segment.length - 6).slice();
        tiff.order(tiff.getShort(0) == 0x4949 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int ifd = tiff.getInt(4);
        int entries = tiff.getShort(ifd) & 0xFFFF;
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + 12 * i;
            if ((tiff.getShort(entry) & 0xFFFF) == 0x0112 && (tiff.getShort(entry + 2) & 0xFFFF) == 3) {
                int value = tiff.getShort(entry + 8) & 0xFFFF;
                return value >= 1 && value <= 8 ? value : 0;
            }
        }
        return 0;
    }

    /** Whether the orientation turns the picture a quarter: its width and height change places. */
    static boolean swapsSides(int orientation) {
        return orientation >= 5;
    }

    /**
     * The transform that draws stored pixels ({@code width} x {@code height}) the right way up, from
     * TIFF 6.0's table: 2 mirrors, 3 turns half, 4 flips, 5 transposes, 6 turns a quarter clockwise, 7
     * transverses, 8 turns a quarter anticlockwise.
     */
    static AffineTransform transform(int orientation, int width, int height) {
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, width, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, width, height);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, height);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, height, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, height, width);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, width);
            default -> new AffineTransform();
        };
    }
}
