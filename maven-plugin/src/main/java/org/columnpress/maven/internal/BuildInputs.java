package org.columnpress.maven.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.columnpress.core.publish.PublishRequest;
import org.columnpress.core.render.StylesheetImports;

/**
 * Everything a publish run depends on, fingerprinted: the book folder, every file a setting names (and,
 * for a stylesheet, every file it may import, by core's {@link StylesheetImports} rule, the one the PDF
 * renderer enforces), the settings, formats, names, POM metadata, the configured timestamp and the
 * plugin's own class path (renderers included).
 *
 * @param timestampSetting the configured {@code project.build.outputTimestamp}, not the resolved instant,
 *                         so that a build without one does not rebuild on every run
 * @param pluginClassPath  one line per jar of the plugin (id, size, time), so a new renderer rebuilds
 */
public record BuildInputs(PublishRequest request, String timestampSetting, String pluginVersion,
                          List<String> pluginClassPath) {

    public String fingerprint() {
        Fingerprint fingerprint = new Fingerprint()
                .value("plugin", pluginVersion)
                .value("classpath", String.join("\n", pluginClassPath))
                .value("formats", String.join(",", request.formats()))
                .value("baseName", request.baseName())
                .value("output", request.outputDirectory().toAbsolutePath().normalize())
                .value("timestamp", timestampSetting)
                .value("defaults", request.defaults())
                .values("settings", request.settings())
                .tree("book", request.sourceDirectory(), path -> true);
        for (Map.Entry<String, String> setting : request.settings().entrySet()) {
            for (String part : setting.getValue().split(",")) {
                Path file = request.baseDirectory().resolve(part.trim()).normalize();
                if (part.isBlank() || !Files.isRegularFile(file)) {
                    continue;
                }
                if (setting.getKey().endsWith(".stylesheet")) {
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
}
