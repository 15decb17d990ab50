package org.columnpress.render.epub.internal;

import java.util.ArrayList;
import java.util.List;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Label;
import org.columnpress.core.model.Labels;

/**
 * The words of a colophon that Columnpress writes (book.yaml {@code colophon: true} and none written by
 * hand): what the book is, who made and published it, and how it was made. The one place of its wording in
 * the EPUB.
 */
final class Colophon {

    static final String TOOL = "Columnpress";

    private Colophon() {
    }

    /**
     * Its lines in order, the book's title first (then its subtitle, when it has one).
     *
     * @param fontsEmbedded whether the EPUB carries its own typeface; without one the reading system's
     *                      fonts set the text, so the colophon names none
     */
    static List<String> lines(Book book, boolean fontsEmbedded) {
        Labels labels = book.labels();
        List<String> lines = new ArrayList<>();
        lines.add(book.title());
        book.subtitle().filter(s -> !s.isBlank()).ifPresent(lines::add);
        if (!book.authors().isEmpty()) {
            lines.add(labels.joinNames(book.authors()));
        }
        book.edition().ifPresent(e -> lines.add(labels.get(Label.EDITION) + ": " + e));
        book.publisher().ifPresent(p -> lines.add(labels.get(Label.PUBLISHED_BY) + " " + p));
        lines.add(book.isbn().map(isbn -> labels.get(Label.ISBN) + " " + isbn).orElse(book.identifier()));
        book.date().ifPresent(d -> lines.add(labels.formatDate(d)));
        if (fontsEmbedded) {
            lines.add(labels.get(Label.SET_IN) + " " + Plan.FONT_FAMILY);
        }
        lines.add(labels.get(Label.MADE_WITH) + " " + TOOL);
        return List.copyOf(lines);
    }
}
