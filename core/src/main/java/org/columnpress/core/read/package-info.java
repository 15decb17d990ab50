/**
 * Reads a book folder ({@code book.yaml}, {@code columns/*.md|*.txt}, {@code images/}) into the
 * {@link org.columnpress.core.model.Book} model. {@link org.columnpress.core.read.BookReader} is the
 * entry point; the parsers behind it are package-private here and never show their types
 * (flexmark, snakeyaml-engine) to the rest of Columnpress.
 */
package org.columnpress.core.read;
