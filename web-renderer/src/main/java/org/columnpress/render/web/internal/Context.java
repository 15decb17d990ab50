package org.columnpress.render.web.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.columnpress.core.Reporter;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Labels;

/**
 * What every page and the feed of one render are written from: the book, the site's plan, its images, the
 * frame every page has, where warnings go, and each column's words (asked for on every list a column is in:
 * worked out once).
 */
record Context(Book book, Site site, WebImages images, Page.Chrome chrome, Reporter reporter,
        Map<Column, Labels> labels) {

    Context(Book book, Site site, WebImages images, Page.Chrome chrome, Reporter reporter) {
        this(book, site, images, chrome, reporter, labelsOf(book));
    }

    private static Map<Column, Labels> labelsOf(Book book) {
        Map<Column, Labels> labels = new IdentityHashMap<>();
        book.columns().forEach(column -> labels.put(column, book.labelsFor(column)));
        return labels;
    }

    /** The cover in the site, relative to its root: the picture link previews show for a page of lists. */
    Optional<String> cover() {
        return book.cover().map(images::path);
    }

    /** The column's fixed words: its language's when that is not the book's ({@link Book#labelsFor}). */
    Labels labels(Column column) {
        return labels.get(column);
    }

    /** The column's language when it is not the book's, for its {@code lang}; else null (no attribute). */
    String foreignLanguage(Column column) {
        return labels(column) != book.labels() ? column.language() : null;
    }
}
