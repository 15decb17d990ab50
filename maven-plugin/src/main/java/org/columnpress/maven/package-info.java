/**
 * The Columnpress Maven plugin: the {@code publish} goal turns a project's {@code src/book} folder into a
 * PDF book, per-column PDFs and an EPUB, and attaches them to the project.
 */
package org.columnpress.maven;
