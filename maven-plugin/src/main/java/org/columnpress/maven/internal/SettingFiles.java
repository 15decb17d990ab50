package org.columnpress.maven.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.columnpress.core.publish.PublishRequest;

/**
 * The files a build's settings name: each value, or each part of a comma-separated list, that is an existing
 * file relative to the project ({@code pdf.stylesheet}, {@code pdf.fonts}, {@code epub.css}, a third-party
 * renderer's own). One rule for the unchanged-book check, which hashes them, and the watch goal, which
 * watches them.
 */
public final class SettingFiles {

    private SettingFiles() {
    }

    /** By setting key, sorted; a setting naming no file is left out. */
    public static Map<String, List<Path>> of(PublishRequest request) {
        Map<String, List<Path>> named = new TreeMap<>();
        for (Map.Entry<String, String> setting : request.settings().entrySet()) {
            List<Path> files = new ArrayList<>();
            for (String part : setting.getValue().split(",")) {
                Path file = request.baseDirectory().resolve(part.trim()).normalize();
                if (!part.isBlank() && Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
            if (!files.isEmpty()) {
                named.put(setting.getKey(), List.copyOf(files));
            }
        }
        return named;
    }

    /** Whether the setting names a stylesheet, whose imports count as well (core's {@code StylesheetImports}). */
    public static boolean stylesheet(String key) {
        return key.endsWith("stylesheet");
    }
}
