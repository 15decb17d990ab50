package org.columnpress.maven.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.columnpress.core.publish.PublishRequest;

/**
 * Everything a publish run depends on, fingerprinted: the book folder, every file a setting names (and,
 * for a stylesheet, the stylesheets next to it that it may import), the settings, formats, names, POM
 * metadata, the configured timestamp and the plugin's own class path (renderers included).
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
                if (!part.isBlank() && Files.isRegularFile(file)) {
                    fingerprint.tree(setting.getKey(), file, path -> true);
                    if (setting.getKey().endsWith(".stylesheet")) {
                        fingerprint.tree("imports", file.getParent(), BuildInputs::isStylesheet);
                    }
                }
            }
        }
        return fingerprint.hex();
    }

    private static boolean isStylesheet(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".xsl") || name.endsWith(".xslt");
    }
}
