package org.columnpress.render.epub.internal;

import java.io.OutputStream;
import java.util.List;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Label;
import org.columnpress.core.model.Labels;

/** The pages around the columns: cover, title page, copyright page and the sources page. */
final class FrontMatter {

    private final Book book;
    private final Labels labels;

    FrontMatter(Book book) {
        this.book = book;
        this.labels = book.labels();
    }

    /** Text that names the book and its authors: the cover's alt text. */
    String coverAlt() {
        String by = book.authors().isEmpty() ? "" : " – " + labels.joinNames(book.authors());
        return labels.get(Label.COVER) + ": " + book.title() + by;
    }

    void cover(Item image, OutputStream out) {
        Xhtml x = Xhtml.document(out, book.language(), labels.get(Label.COVER), Layout.CSS_FROM_TEXT, null);
        x.start("section", "class", "cover", "aria-label", labels.get(Label.COVER)).epubType("cover");
        x.empty("img", "src", "../" + image.href(), "alt", coverAlt(), "role", "doc-cover");
        x.end().finish();
    }

    void titlePage(OutputStream out) {
        Xhtml x = Xhtml.document(out, book.language(), book.title(), Layout.CSS_FROM_TEXT, Partition.FRONT);
        x.start("section", "class", "titlepage", "aria-labelledby", "book-title").epubType("titlepage");
        if (!book.authors().isEmpty()) {
            x.element("p", labels.joinNames(book.authors()), "class", "authors");
        }
        x.element("h1", book.title(), "id", "book-title", "class", "book-title");
        book.subtitle().filter(s -> !s.isBlank())
                .ifPresent(s -> x.element("p", s, "class", "book-subtitle", "role", "doc-subtitle"));
        book.publisher().ifPresent(p -> x.element("p", p, "class", "publisher"));
        x.end().finish();
    }

    void copyrightPage(boolean fontsEmbedded, OutputStream out) {
        Xhtml x = Xhtml.document(out, book.language(), labels.get(Label.COPYRIGHT), Layout.CSS_FROM_TEXT,
                Partition.FRONT);
        x.start("section", "class", "copyright-page", "aria-labelledby", "copyright-title")
                .epubType("copyright-page");
        x.element("h1", labels.get(Label.COPYRIGHT), "id", "copyright-title");
        x.start("p", "class", "colophon-title").text(book.title());
        book.subtitle().filter(s -> !s.isBlank()).ifPresent(s -> x.empty("br").text(s));
        x.end();
        if (!book.authors().isEmpty()) {
            x.element("p", labels.joinNames(book.authors()));
        }
        book.rights().ifPresent(r -> x.element("p", r, "class", "rights"));
        book.edition().ifPresent(e -> x.element("p", labels.get(Label.EDITION) + ": " + e));
        book.date().ifPresent(d -> x.element("p", labels.formatDate(d)));
        book.isbn().ifPresent(i -> x.element("p", labels.get(Label.ISBN) + " " + i, "class", "isbn"));
        book.publisher().ifPresent(p -> x.element("p", labels.get(Label.PUBLISHED_BY) + " " + p));
        if (fontsEmbedded) {
            x.element("p", Plan.FONT_FAMILY + " – SIL Open Font License 1.1", "class", "fonts");
        }
        x.end().finish();
    }

    /** True when at least one column says where or when it first appeared. */
    boolean hasSources() {
        return book.columns().stream().anyMatch(c -> !source(c).isEmpty());
    }

    void sourcesPage(List<String> columnHrefs, OutputStream out) {
        Xhtml x = Xhtml.document(out, book.language(), labels.get(Label.SOURCES), Layout.CSS_FROM_TEXT,
                Partition.BACK);
        x.start("section", "class", "sources", "role", "doc-appendix", "aria-labelledby", "sources-title")
                .epubType("appendix");
        x.element("h1", labels.get(Label.SOURCES), "id", "sources-title");
        x.start("ul", "class", "sources-list");
        for (int i = 0; i < book.columns().size(); i++) {
            Column column = book.columns().get(i);
            String source = source(column);
            if (source.isEmpty()) {
                continue;
            }
            x.start("li").start("a", "href", Layout.sibling(columnHrefs.get(i)));
            if (!column.language().equals(book.language())) {
                x.lang(column.language());
            }
            x.text(column.title()).end();
            x.text(". " + source + ".").end();
        }
        x.end().end().finish();
    }

    /** "Eerder verschenen in NRC Handelsblad op 3 maart 2009", or the parts of it that are known. */
    private String source(Column column) {
        String where = column.source().filter(s -> !s.isBlank())
                .map(s -> labels.get(Label.FIRST_PUBLISHED_IN) + " " + s).orElse("");
        String when = column.date().map(labels::formatDate)
                .or(() -> column.year().map(y -> y.toString())).orElse("");
        if (where.isEmpty()) {
            // A year alone (from a copyright line) says nothing about where: no entry then.
            return column.date().map(labels::formatDate).orElse("");
        }
        return when.isEmpty() ? where
                : where + (column.date().isPresent() ? " " + labels.get(Label.ON) + " " : ", ") + when;
    }

}
