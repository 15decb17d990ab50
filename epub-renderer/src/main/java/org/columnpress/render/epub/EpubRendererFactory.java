package org.columnpress.render.epub;

import org.columnpress.core.render.RenderOptions;
import org.columnpress.core.render.Renderer;
import org.columnpress.core.render.RendererFactory;
import org.columnpress.render.epub.internal.EpubRenderer;
import org.columnpress.render.epub.internal.EpubSettings;

/**
 * The {@code epub} format: one EPUB 3 file per book. Settings (given as {@code epub.<key>}):
 * <ul>
 *   <li>{@code css}: a style sheet that replaces the default one;</li>
 *   <li>{@code extra-css}: a style sheet appended after the default one;</li>
 *   <li>{@code embed-fonts}: {@code true} to embed the house font Literata (default {@code false}).</li>
 * </ul>
 */
public final class EpubRendererFactory implements RendererFactory {

    @Override
    public String name() {
        return "epub";
    }

    @Override
    public Renderer create(RenderOptions options) {
        return new EpubRenderer(options, EpubSettings.from(options));
    }
}
