package org.columnpress.core.render;

/**
 * Entry point of a renderer module, found with {@link java.util.ServiceLoader}. A factory is cheap to
 * make; {@link #create} builds what is expensive (compiled stylesheets, font setup) once per build.
 */
public interface RendererFactory {

    /** The format name users choose it by: {@code pdf}, {@code epub}. Lower case, unique. */
    String name();

    /**
     * A renderer configured for one build.
     *
     * @throws org.columnpress.core.ColumnpressException when an option is unknown or wrong; an
     *         {@link org.columnpress.core.InputException} when it names a user file that is at fault
     */
    Renderer create(RenderOptions options);
}
