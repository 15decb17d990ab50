/**
 * The HTML every HTML output of a book shares (the EPUB's XHTML, the web edition's pages): a column's blocks
 * and inlines, its opener and its notes, written through one escaping writer by the same rules, with hooks
 * for what only one output adds (EPUB structural semantics, print page markers, where images live).
 */
package org.columnpress.core.render.html;
