package org.columnpress.maven.internal;

import java.io.File;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.columnpress.core.render.RenderOptions;

/**
 * Builds the renderer settings ({@code pdf.trim}, {@code epub.css}, ...) from the goal's parameters.
 * A setting is passed only when the user gave it, so each renderer's own default applies otherwise, and
 * only for the formats being built.
 */
public final class RendererSettings {

    private final Set<String> formats;
    private final Map<String, String> settings = new TreeMap<>();

    public RendererSettings(Collection<String> formats) {
        this.formats = Set.copyOf(formats);
    }

    /** A plain value: a String, a Boolean; null (not configured) passes nothing. */
    public RendererSettings value(String format, String key, Object value) {
        if (value != null && formats.contains(format)) {
            put(format + "." + key, value.toString().trim(), "<" + key + ">");
        }
        return this;
    }

    /** A file, passed as its absolute path; it must exist. */
    public RendererSettings file(String format, String key, File file) {
        if (file != null) {
            value(format, key, existing(file).getAbsolutePath());
        }
        return this;
    }

    /** Several files, passed as one comma-separated list of absolute paths; each must exist. */
    public RendererSettings files(String format, String key, List<File> files) {
        if (files != null && !files.isEmpty()) {
            value(format, key, files.stream()
                    .map(file -> existing(file).getAbsolutePath())
                    .collect(Collectors.joining(",")));
        }
        return this;
    }

    /** Each entry as {@code <format>.<prefix><name>}: stylesheet parameters become {@code pdf.param.<name>}. */
    public RendererSettings map(String format, String prefix, Map<String, String> values) {
        if (values != null) {
            values.forEach((name, value) -> value(format, prefix + name, value == null ? "" : value));
        }
        return this;
    }

    /** Settings as written by the user, already prefixed with a renderer's name (third-party renderers). */
    public RendererSettings raw(Map<String, String> values) {
        if (values != null) {
            values.forEach((key, value) -> {
                int dot = key.indexOf('.');
                if (dot <= 0) {
                    throw new IllegalArgumentException("Setting '" + key + "' in <settings> needs its "
                            + "renderer's name in front, such as pdf." + key + " or epub." + key + ".");
                }
                if (formats.contains(key.substring(0, dot))) {
                    put(key, value == null ? "" : value.trim(), "<settings>");
                }
            });
        }
        return this;
    }

    /**
     * Keeps column PDFs between builds in {@code <build>/columnpress/column-cache}, so a changed column
     * re-renders only its own PDF. Only when column PDFs are on and the user named no {@code pdf.cache};
     * call it last. The path is constant for a project, so the unchanged-book check is not disturbed.
     */
    public RendererSettings columnCache(File buildDirectory) {
        boolean columns = RenderOptions.parseFlag("pdf.columns", settings.getOrDefault("pdf.columns", "false"));
        if (columns && !settings.containsKey("pdf.cache")) {
            settings.put("pdf.cache", columnCacheFolder(buildDirectory).getAbsolutePath());
        }
        return this;
    }

    /** Where the plugin keeps column PDFs between builds: {@code <build>/columnpress/column-cache}. */
    public static File columnCacheFolder(File buildDirectory) {
        return new File(buildDirectory, "columnpress/column-cache");
    }

    public Map<String, String> toMap() {
        return Map.copyOf(settings);
    }

    private void put(String key, String value, String origin) {
        if (settings.putIfAbsent(key, value) != null) {
            throw new IllegalArgumentException("Setting '" + key + "' is given twice (again in " + origin
                    + "): keep one.");
        }
    }

    private static File existing(File file) {
        if (!file.isFile()) {
            throw new IllegalArgumentException("File not found: " + file.getAbsolutePath()
                    + ". Check the path in the plugin configuration.");
        }
        return file;
    }
}
