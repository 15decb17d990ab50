package org.columnpress.core.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.columnpress.core.ColumnpressException;

/**
 * The image formats a book may hold, each judged by a file's first bytes rather than its name: one rule for
 * the reader, which checks what a column may use, and for {@link PreparedImages}, which decides what it
 * can downsample.
 */
public enum ImageFormat {
    /** Portable Network Graphics. */
    PNG("PNG"),
    /** JPEG, whatever its header (JFIF, Exif). */
    JPEG("JPEG"),
    /** GIF 87a or 89a. */
    GIF("GIF"),
    /** WebP, in its RIFF container. */
    WEBP("WebP"),
    /** SVG, an XML document with an {@code svg} element near its start. */
    SVG("SVG");

    private final String displayName;

    ImageFormat(String displayName) {
        this.displayName = displayName;
    }

    /**
     * As a reader names it: {@code PNG}, {@code JPEG}, {@code WebP}.
     *
     * @return the name for messages
     */
    public String displayName() {
        return displayName;
    }

    /**
     * The file's format by its first bytes, whatever its name says.
     *
     * @param file the image file
     * @return the format; null when it is none of these
     * @throws ColumnpressException if the file cannot be read
     */
    public static ImageFormat sniff(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1024);
        } catch (IOException e) {
            throw new ColumnpressException("Cannot read the image " + file + ": " + e, e);
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(head, 'G', 'I', 'F', '8') && head.length > 5 && head[5] == 'a') {
            return GIF;
        }
        if (startsWith(head, 'R', 'I', 'F', 'F') && head.length >= 12 && head[8] == 'W' && head[9] == 'E'
                && head[10] == 'B' && head[11] == 'P') {
            return WEBP;
        }
        String text = new String(head, StandardCharsets.UTF_8).stripLeading();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).stripLeading();
        }
        if ((text.startsWith("<?xml") || text.startsWith("<!--") || text.startsWith("<svg")
                || text.startsWith("<!DOCTYPE svg")) && text.contains("<svg")) {
            return SVG;
        }
        return null;
    }

    /**
     * "PNG, JPEG or GIF": the formats in their declared order.
     *
     * @param formats at least one format
     * @return the display names, for messages
     */
    public static String names(Set<ImageFormat> formats) {
        List<String> names = formats.stream().sorted().map(ImageFormat::displayName).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static boolean startsWith(byte[] head, int... signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
