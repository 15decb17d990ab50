package org.columnpress.maven.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.columnpress.core.publish.PublishRequest;
import org.columnpress.core.render.StylesheetImports;

/**
 * Everything a publish run depends on, fingerprinted: the book folder, every file a setting names (and,
 * for a stylesheet, every file it may import, by core's {@link StylesheetImports} rule, the one the PDF
 * renderer enforces), the settings, the print overrides, formats, names, POM metadata, the configured
 * timestamp and the plugin's own class path (renderers included). Paths inside the project go in relative to it.
 *
 * @param timestampSetting the configured {@code project.build.outputTimestamp}, not the resolved instant,
 *                         so that a build without one does not rebuild on every run
 * @param pluginClassPath  one line per jar of the plugin (id, size, time), so a new renderer rebuilds
 */
public record BuildInputs(PublishRequest request, String timestampSetting, String pluginVersion,
                          List<String> pluginClassPath) {

    public String fingerprint() {
        Fingerprint fingerprint = new Fingerprint(request.baseDirectory());
        fingerprint.value("plugin", pluginVersion)
                .value("classpath", String.join("\n", pluginClassPath))
                .value("formats", String.join(",", request.formats()))
                .value("baseName", request.baseName())
                .path("output", request.outputDirectory())
                .value("timestamp", timestampSetting)
                .value("defaults", request.defaults())
                .values("settings", relativePaths(request.settings(), fingerprint))
                .values("print", new TreeMap<>(request.printOverrides()))
                .tree("book", request.sourceDirectory(), path -> true);
        for (Map.Entry<String, List<Path>> setting : SettingFiles.of(request).entrySet()) {
            for (Path file : setting.getValue()) {
                if (SettingFiles.stylesheet(setting.getKey())) {
                    for (Path imported : StylesheetImports.importable(file)) {
                        fingerprint.file(setting.getKey(), imported);
                    }
                } else {
                    fingerprint.file(setting.getKey(), file);
                }
            }
        }
        return fingerprint.hex();
    }

    /**
     * The settings with every absolute path in them (a value, or a part of a comma-separated list) made
     * relative to the project. The plugin passes files as absolute paths, because renderers need those;
     * the fingerprint must not depend on where the project lies.
     */
    private static Map<String, String> relativePaths(Map<String, String> settings, Fingerprint fingerprint) {
        Map<String, String> relative = new TreeMap<>();
        settings.forEach((key, value) -> relative.put(key, Arrays.stream(value.split(",", -1))
                .map(part -> isAbsolutePath(part) ? fingerprint.relative(Path.of(part)) : part)
                .collect(Collectors.joining(","))));
        return relative;
    }

    private static boolean isAbsolutePath(String text) {
        try {
            return !text.isBlank() && Path.of(text).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
