/**
 * The renderer SPI: a renderer module implements {@link org.columnpress.core.render.RendererFactory} and
 * lists it in {@code META-INF/services}; {@link org.columnpress.core.render.Renderers} finds them.
 */
package org.columnpress.core.render;
