/**
 * The web renderer: a book as a static site (format name {@code web}), found through
 * {@link org.columnpress.core.render.RendererFactory}'s service loader like the PDF and EPUB renderers.
 */
package org.columnpress.render.web;
