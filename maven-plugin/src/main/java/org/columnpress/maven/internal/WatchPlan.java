package org.columnpress.maven.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.columnpress.core.publish.PublishRequest;
import org.columnpress.core.render.RenderOptions;

/**
 * How the watch goal splits a build in two after a save. The quick pass makes what a writer looks at
 * next: every column's PDF (from the column PDF cache, so only the changed column's is rendered; the PDF
 * renderer with {@code pdf.book=false}) and the web edition (cheap enough to make whole, and it links the
 * column PDFs it is handed in the same build). The background pass makes the rest, which takes seconds:
 * the book PDF (with the print edition, if any; {@code pdf.columns=false}, the quick pass made those), the
 * EPUB and any other format. The two write disjoint files, each through its own staging folder.
 *
 * @param sourceDirectory the book folder, absolute; a change outside it is to a file a setting names
 * @param quick      empty when no format has a quick part (no column PDFs, no web edition)
 * @param background empty when every format was quick (the web edition alone)
 */
public record WatchPlan(Path sourceDirectory, Optional<PublishRequest> quick, Optional<PublishRequest> background) {

    /**
     * The plan for a build. Column PDFs are on unless the user turned them off ({@code columnPdfs=false}),
     * kept in {@code cacheFolder} unless the user named another: the writer's changed column is then one
     * render, not a hundred.
     */
    public static WatchPlan of(PublishRequest whole, Path cacheFolder) {
        Map<String, String> settings = new HashMap<>(whole.settings());
        boolean pdf = whole.formats().contains("pdf");
        if (pdf) {
            settings.putIfAbsent("pdf.columns", "true");
        }
        boolean columns = pdf && RenderOptions.parseFlag("pdf.columns", settings.get("pdf.columns"));
        if (columns) {
            settings.putIfAbsent("pdf.cache", cacheFolder.toString());
        }
        List<String> quick = new ArrayList<>();
        List<String> background = new ArrayList<>();
        for (String format : whole.formats()) {
            if (format.equals("web") || format.equals("pdf") && columns) {
                quick.add(format);
            }
            if (!format.equals("web")) {
                background.add(format);
            }
        }
        Map<String, String> quickSettings = new HashMap<>(settings);
        quickSettings.put("pdf.book", "false");
        Map<String, String> backgroundSettings = new HashMap<>(settings);
        if (columns) {
            backgroundSettings.put("pdf.columns", "false");
        }
        return new WatchPlan(whole.sourceDirectory().toAbsolutePath().normalize(), request(whole, quick, quickSettings), request(whole, background, backgroundSettings));
    }

    private static Optional<PublishRequest> request(PublishRequest whole, List<String> formats,
            Map<String, String> settings) {
        return formats.isEmpty() ? Optional.empty() : Optional.of(new PublishRequest(whole.sourceDirectory(),
                whole.outputDirectory(), whole.baseName(), formats, settings, whole.baseDirectory(),
                whole.timestamp(), whole.defaults(), whole.printOverrides()));
    }
}
