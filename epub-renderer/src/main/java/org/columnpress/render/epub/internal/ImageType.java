package org.columnpress.render.epub.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The image formats EPUB 3 readers must support, recognised by their first bytes, not their names. */
enum ImageType {
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp"),
    SVG("image/svg+xml", "svg");

    final String mediaType;
    final String extension;

    ImageType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The type of an image given (at least) its first 512 bytes. */
    static Optional<ImageType> sniff(byte[] head, int length) {
        if (starts(head, length, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (starts(head, length, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(head, length, 'G', 'I', 'F', '8')) {
            return Optional.of(GIF);
        }
        if (starts(head, length, 'R', 'I', 'F', 'F') && length >= 12
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return Optional.of(WEBP);
        }
        String text = new String(head, 0, length, StandardCharsets.UTF_8);
        if (text.contains("<svg")) {
            return Optional.of(SVG);
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] head, int length, int... signature) {
        if (length < signature.length) {
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
