package org.columnpress.render.epub.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Footnote;
import org.columnpress.core.model.Label;
import org.columnpress.core.model.Labels;
import org.columnpress.core.publish.Reporter;

/**
 * One column as an XHTML content document: its opener (title, subtitle, byline, date and source),
 * the body, the notes as EPUB 3 footnotes with links back, the author's bio and the copyright line.
 */
final class ColumnDocument {

    private final Book book;
    private final Images images;
    private final Reporter reporter;

    ColumnDocument(Book book, Images images, Reporter reporter) {
        this.book = book;
        this.images = images;
        this.reporter = reporter;
    }

    void write(Column column, OutputStream stream) {
        Xhtml x = Xhtml.document(stream, column.language(), column.title(), Layout.CSS_FROM_TEXT);
        x.start("section", "class", "column", "role", "doc-chapter", "aria-labelledby", "title");
        x.epubType("chapter");
        Labels labels = book.labelsFor(column);
        opener(x, column, labels);
        BodyWriter body = new BodyWriter(x, column, images, reporter);
        x.start("div", "class", "body");
        body.blocks(column.body());
        x.end();
        notes(x, column, body, labels);
        if (!column.bio().isEmpty()) {
            x.start("div", "class", "bio");
            body.blocks(column.bio());
            x.end();
        }
        column.copyright().ifPresent(c -> x.element("p", c, "class", "copyright"));
        x.end();
        x.finish();
    }

    private void opener(Xhtml x, Column column, Labels labels) {
        x.start("header", "class", "opener");
        x.element("h1", column.title(), "id", "title", "class", "title");
        column.subtitle().filter(s -> !s.isBlank())
                .ifPresent(s -> x.element("p", s, "class", "subtitle", "role", "doc-subtitle"));
        if (!column.authors().isEmpty()) {
            x.element("p", labels.get(Label.BY) + " " + labels.joinNames(column.authors()), "class", "byline");
        }
        String dateline = dateline(column, labels);
        if (!dateline.isEmpty()) {
            x.element("p", dateline, "class", "dateline");
        }
        x.end();
    }

    /** "NRC Handelsblad, 3 maart 2009": the source and the date, either of them or nothing. */
    private static String dateline(Column column, Labels labels) {
        List<String> parts = new ArrayList<>();
        column.source().filter(s -> !s.isBlank()).ifPresent(parts::add);
        column.date().map(labels::formatDate).ifPresent(parts::add);
        return String.join(", ", parts);
    }

    private static void notes(Xhtml x, Column column, BodyWriter body, Labels labels) {
        if (column.footnotes().isEmpty()) {
            return;
        }
        x.start("section", "class", "notes", "aria-labelledby", "notes-title");
        x.element("h2", labels.get(Label.NOTES), "id", "notes-title");
        for (Footnote note : column.footnotes()) {
            x.start("aside", "id", BodyWriter.noteId(note.number()), "role", "doc-footnote", "class", "footnote");
            x.epubType("footnote");
            x.start("p", "class", "note-number");
            if (body.referenced(note.number())) {
                x.start("a", "href", "#" + BodyWriter.refId(note.number()), "role", "doc-backlink",
                        "title", labels.get(Label.BACK_TO_TEXT), "aria-label",
                        labels.get(Label.BACK_TO_TEXT) + " (" + note.number() + ")");
                x.text(note.number() + ".").end();
            } else {
                x.text(note.number() + ".");
            }
            x.end();
            body.blocks(note.blocks());
            x.end();
        }
        x.end();
    }
}
