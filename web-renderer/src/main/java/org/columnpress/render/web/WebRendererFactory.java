package org.columnpress.render.web;

import org.columnpress.core.render.RenderOptions;
import org.columnpress.core.render.Renderer;
import org.columnpress.core.render.RendererFactory;
import org.columnpress.render.web.internal.WebRenderer;
import org.columnpress.render.web.internal.WebSettings;

/**
 * The {@code web} format: the book as a static site in {@code <baseName>-web/}. Settings (given as
 * {@code web.<key>}):
 * <ul>
 *   <li>{@code site-url}: where the site will be published ({@code https://example.org/columns/}); with it
 *       the pages get a canonical link and absolute Open Graph links, the feed absolute links, and a
 *       {@code sitemap.xml} is written.</li>
 * </ul>
 */
public final class WebRendererFactory implements RendererFactory {

    @Override
    public String name() {
        return "web";
    }

    @Override
    public Renderer create(RenderOptions options) {
        return new WebRenderer(options, WebSettings.from(options));
    }
}
