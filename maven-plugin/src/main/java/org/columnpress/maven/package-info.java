/**
 * The Columnpress Maven plugin: the {@code publish} goal turns a project's {@code src/book} folder into a
 * PDF book, per-column PDFs and an EPUB, and attaches them to the project; the {@code check} goal only
 * reads the book and runs the checks; {@code watch} rebuilds after every save and {@code serve} also serves the
 * web edition with live reload. All share their parameters through {@code AbstractBookMojo}.
 */
package org.columnpress.maven;
