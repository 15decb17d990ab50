package org.columnpress.core.render;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the renderers of one build hand each other while they render at once: the printed book's page map
 * (the PDF renderer makes it, the EPUB marks print pages with it) and the column PDFs (the PDF renderer
 * makes them, the web edition links and copies them). The publisher opens a handoff only when a renderer
 * of the build says it makes that thing ({@link Renderer#makesPageMap}, {@link Renderer#makesColumnPdfs}),
 * and closes it when that renderer is done, whatever happened; the others are {@link Handoff#none()}.
 *
 * @param pageMap    where each printed page begins
 * @param columnPdfs each column's own PDF by column id, files in the maker's staging folder: a user copies
 *                   them before its own render returns (the publisher moves them into place afterwards)
 * @since 0.1.0
 */
public record Handoffs(Handoff<PageMap> pageMap, Handoff<Map<String, Path>> columnPdfs) {

    /**
     * A build in which nobody hands anything over: every answer is empty at once.
     *
     * @return handoffs that are all {@link Handoff#none()}
     */
    public static Handoffs none() {
        return new Handoffs(Handoff.none(), Handoff.none());
    }
}
