package org.columnpress.maven.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The content type the serve goal sends a web edition's file with, by its name; text in UTF-8. */
final class ContentTypes {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"), Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"), Map.entry("pdf", "application/pdf"),
            Map.entry("epub", "application/epub+zip"), Map.entry("webmanifest", "application/manifest+json"));

    private ContentTypes() {
    }

    /** {@code feed.xml} is the site's Atom feed; an unknown extension is plain bytes. */
    static String of(Path file) {
        String name = file.getFileName().toString();
        if (name.equals("feed.xml")) {
            return "application/atom+xml";
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
