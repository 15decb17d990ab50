package org.columnpress.core.read;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.columnpress.core.render.ImageFormat;

/**
 * An image's size in pixels, as its header declares it, read without decoding a pixel: the PNG IHDR
 * chunk, the JPEG frame header (SOF), the GIF screen and first image descriptor, the WebP VP8, VP8L or
 * VP8X header. Reads only up to the size, with a small buffer, whatever the image declares.
 */
final class ImageHeaders {

    /** The declared width and height, in pixels. */
    record Size(long width, long height) {
        long pixels() {
            return width * height;
        }
    }

    /** The header is cut short, or is not what the format prescribes. */
    static final class Damaged extends IOException {
        Damaged(String message) {
            super(message);
        }
    }

    private ImageHeaders() {
    }

    /** @throws Damaged when the header is cut short or malformed; IOException when the file cannot be read */
    static Size read(Path file, ImageFormat format) throws IOException {
        try (InputStream stream = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 4096))) {
            return switch (format) {
                case PNG -> png(in);
                case JPEG -> jpeg(in);
                case GIF -> gif(in);
                case WEBP -> webp(in);
                case SVG -> throw new IllegalArgumentException("an SVG has no pixel size");
            };
        } catch (EOFException e) {
            throw new Damaged("the file ends before its header gives the image's size");
        }
    }

    private static Size png(DataInputStream in) throws IOException {
        in.skipNBytes(8);
        int length = in.readInt();
        if (length != 13 || in.readInt() != 0x49484452) { // "IHDR", which must come first
            throw new Damaged("the PNG does not begin with its IHDR header");
        }
        return new Size(in.readInt() & 0xFFFF_FFFFL, in.readInt() & 0xFFFF_FFFFL);
    }

    private static Size jpeg(DataInputStream in) throws IOException {
        in.skipNBytes(2);
        while (true) {
            int b = in.readUnsignedByte();
            if (b != 0xFF) {
                continue; // stray bytes between segments: decoders skip them too
            }
            int marker;
            do {
                marker = in.readUnsignedByte();
            } while (marker == 0xFF);
            if (marker == 0x00 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue; // no length follows these
            }
            if (marker == 0xD9 || marker == 0xDA) {
                throw new Damaged("the JPEG has no frame header (SOF) before its image data");
            }
            int length = in.readUnsignedShort();
            if (length < 2) {
                throw new Damaged("the JPEG has a segment of impossible length");
            }
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                    && marker != 0xCC;
            if (frame) {
                in.skipNBytes(1); // sample precision
                int height = in.readUnsignedShort();
                int width = in.readUnsignedShort();
                return new Size(width, height);
            }
            in.skipNBytes(length - 2);
        }
    }

    private static Size gif(DataInputStream in) throws IOException {
        in.skipNBytes(6);
        int screenWidth = leShort(in);
        int screenHeight = leShort(in);
        int flags = in.readUnsignedByte();
        in.skipNBytes(2);
        if ((flags & 0x80) != 0) {
            in.skipNBytes(3L << ((flags & 7) + 1));
        }
        while (true) {
            int block = in.readUnsignedByte();
            if (block == 0x21) { // an extension: its label, then sub-blocks up to an empty one
                in.skipNBytes(1);
                for (int size = in.readUnsignedByte(); size > 0; size = in.readUnsignedByte()) {
                    in.skipNBytes(size);
                }
            } else if (block == 0x2C) { // the first image: decoders allocate its size, or the screen's
                in.skipNBytes(4);
                int width = leShort(in);
                int height = leShort(in);
                return new Size(Math.max(width, screenWidth), Math.max(height, screenHeight));
            } else if (block == 0x3B) {
                return new Size(screenWidth, screenHeight);
            } else {
                throw new Damaged("the GIF has a block of unknown kind before its first image");
            }
        }
    }

    private static Size webp(DataInputStream in) throws IOException {
        in.skipNBytes(12); // RIFF, the file's length, WEBP
        byte[] chunk = in.readNBytes(4);
        in.skipNBytes(4); // the chunk's length
        switch (new String(chunk, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            case "VP8 " -> { // lossy: a frame tag, a start code, then 14-bit width and height
                in.skipNBytes(3);
                if (in.readUnsignedByte() != 0x9D || in.readUnsignedByte() != 0x01 || in.readUnsignedByte() != 0x2A) {
                    throw new Damaged("the WebP's VP8 frame has no start code");
                }
                return new Size(leShort(in) & 0x3FFF, leShort(in) & 0x3FFF);
            }
            case "VP8L" -> { // lossless: a signature byte, then width - 1 and height - 1 in 14 bits each
                if (in.readUnsignedByte() != 0x2F) {
                    throw new Damaged("the WebP's VP8L header has no signature");
                }
                long bits = leShort(in) | (long) leShort(in) << 16;
                return new Size((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
            }
            case "VP8X" -> { // extended: flags, then the canvas's width - 1 and height - 1 in 24 bits each
                in.skipNBytes(4);
                return new Size(leInt24(in) + 1L, leInt24(in) + 1L);
            }
            default -> throw new Damaged("the WebP has no VP8, VP8L or VP8X header where one must be");
        }
    }

    private static int leShort(DataInputStream in) throws IOException {
        return in.readUnsignedByte() | in.readUnsignedByte() << 8;
    }

    private static int leInt24(DataInputStream in) throws IOException {
        return leShort(in) | in.readUnsignedByte() << 16;
    }
}
