package org.columnpress.core.render;

import java.util.function.Consumer;
import org.columnpress.core.model.Book;

/**
 * Entry point of a renderer module, found with {@link java.util.ServiceLoader}. A factory is cheap to
 * make; {@link #create} builds what is expensive (compiled stylesheets, font setup) once per build.
 */
public interface RendererFactory {

    /**
     * The format name users choose it by: {@code pdf}, {@code epub}. Lower case, unique.
     *
     * @return the name
     */
    String name();

    /**
     * A renderer configured for one build.
     *
     * @param options the renderer's settings and the build's folder, timestamp and reporter
     * @return a thread-safe renderer
     * @throws org.columnpress.core.ColumnpressException when an option is unknown or wrong; an
     *         {@link org.columnpress.core.InputException} when it names a user file that is at fault
     */
    Renderer create(RenderOptions options);

    /**
     * The renderer's {@link Renderer#check checks} alone, for a quick look at a book without rendering
     * it. Whatever in the options would fail {@link #create} should fail here too, with the same message
     * (the PDF renderer compiles its stylesheet and checks the stylesheet parameters against it); what
     * only rendering needs (FOP, say) may be left out. By default, a renderer is created and its checks run.
     *
     * @param options as for {@link #create}
     * @return what checks a book, warning through the options' reporter
     * @since 0.1.0
     */
    default Consumer<Book> checker(RenderOptions options) {
        return create(options)::check;
    }
}
