/**
 * The one entry point: {@link org.columnpress.core.publish.Publisher} reads a book folder and runs the
 * chosen renderers, reporting to a {@link org.columnpress.core.Reporter}.
 */
package org.columnpress.core.publish;
