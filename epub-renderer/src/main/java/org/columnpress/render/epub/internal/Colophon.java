package org.columnpress.render.epub.internal;

import java.util.ArrayList;
import java.util.List;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Label;
import org.columnpress.core.model.Labels;

/**
 * The words of a colophon that Columnpress writes (book.yaml {@code colophon: true} and none written by
 * hand): what the book is, who made and published it, and how it was made. The one place of its wording in
 * the EPUB. Without embedded fonts the reading system's fonts set the text, so no typeface is named.
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
        // The same lines, in the same order, as the PDF's colophon-lines template (matter.xsl).
        Labels labels = book.labels();
        List<String> lines = new ArrayList<>();
        lines.add(book.title());
        book.subtitle().filter(s -> !s.isBlank()).ifPresent(lines::add);
        if (!book.authors().isEmpty()) {
            lines.add(labels.joinNames(book.authors()));
        }
        String edition = book.edition().map(e -> labels.get(Label.EDITION) + ": " + e).orElse("");
        String date = book.date().map(labels::formatDate).orElse("");
        String editionAndDate = edition.isEmpty() || date.isEmpty() ? edition + date : edition + ", " + date;
        if (!editionAndDate.isEmpty()) {
            lines.add(editionAndDate);
        }
        // An ISBN names the edition for a reader; the urn:uuid a book without one gets names only the file.
        book.isbn().ifPresent(isbn -> lines.add(labels.get(Label.ISBN) + " " + isbn));
        book.publisher().ifPresent(p -> lines.add(labels.get(Label.PUBLISHED_BY) + " " + p));
        if (fontsEmbedded) {
            lines.add(labels.get(Label.SET_IN) + " " + Plan.FONT_FAMILY + ".");
        }
        lines.add(labels.get(Label.MADE_WITH) + " " + TOOL + ".");
        return List.copyOf(lines);
    }
}
