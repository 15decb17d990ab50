/**
 * Reads a book folder ({@code book.yaml}, {@code columns/*.md|*.txt}, {@code images/}) into the
 * {@link org.columnpress.core.model.Book} model. {@link org.columnpress.core.read.BookReader} is the
 * entry point; the parsers behind it stay in this package and never show their types.
 */
package org.columnpress.core.read;
