package org.columnpress.render.pdf;

import java.util.function.Consumer;
import org.columnpress.core.model.Book;
import org.columnpress.core.render.RenderOptions;
import org.columnpress.core.render.Renderer;
import org.columnpress.core.render.RendererFactory;
import org.columnpress.render.pdf.internal.PdfRenderer;

/**
 * The {@code pdf} format: a print-ready PDF/A book through XSLT, XSL-FO and Apache FOP, and optionally
 * one PDF per column. Settings ({@code pdf.*}) are listed in the module README.
 */
public final class PdfRendererFactory implements RendererFactory {

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public Renderer create(RenderOptions options) {
        return new PdfRenderer(options);
    }

    /**
     * The glyph and long-text checks, after the stylesheet has compiled and every stylesheet parameter is
     * known to it (a mistake fails as it would at publish); no FOP set up.
     */
    @Override
    public Consumer<Book> checker(RenderOptions options) {
        return PdfRenderer.checker(options);
    }
}
