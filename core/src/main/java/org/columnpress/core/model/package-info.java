/**
 * The immutable book model: a {@link org.columnpress.core.model.Book} of
 * {@link org.columnpress.core.model.Column}s whose bodies are {@link org.columnpress.core.model.Block}s and
 * {@link org.columnpress.core.model.Inline}s. Renderers see only these types, never a parser's.
 */
package org.columnpress.core.model;
