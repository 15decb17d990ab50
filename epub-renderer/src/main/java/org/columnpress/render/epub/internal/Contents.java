package org.columnpress.render.epub.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Label;
import org.columnpress.core.model.Matter;
import org.columnpress.core.model.Part;

/**
 * The table of contents, made once for the navigation document and the NCX alike, so the two cannot
 * differ: in reading order, the matter that has a heading, each part with its columns under it (or the
 * columns), the sources page and the index.
 */
final class Contents {

    /**
     * One line of the contents.
     *
     * @param label    as shown
     * @param language the label's language when it is not the book's, else empty
     * @param href     relative to the package document
     * @param children the lines under it: a part's columns
     */
    record Entry(String label, Optional<String> language, String href, List<Entry> children) {
        Entry {
            children = List.copyOf(children);
        }
    }

    private Contents() {
    }

    static List<Entry> of(Book book, Plan plan) {
        List<Entry> entries = new ArrayList<>();
        book.front().stream().sorted(Comparator.comparing(Plan::placeOf)).forEach(m -> matter(book, m, entries));
        if (book.parts().isEmpty()) {
            for (int i = 0; i < book.columns().size(); i++) {
                entries.add(column(book, plan, i));
            }
        } else {
            for (Part part : book.parts()) {
                List<Entry> columns = book.columnsOf(part).stream()
                        .map(c -> column(book, plan, book.columns().indexOf(c))).toList();
                entries.add(new Entry(label(part), Optional.empty(), Layout.part(part), columns));
            }
        }
        book.backBeforeSources().forEach(m -> matter(book, m, entries));
        if (plan.hasSources()) {
            entries.add(new Entry(book.labels().get(Label.SOURCES), Optional.empty(), Layout.SOURCES, List.of()));
        }
        if (plan.hasIndex()) {
            entries.add(new Entry(book.labels().get(Label.INDEX), Optional.empty(), Layout.INDEX, List.of()));
        }
        book.backAfterSources().forEach(m -> matter(book, m, entries));
        return List.copyOf(entries);
    }

    /** A part as the contents name it: "Eerste deel: Werk". */
    static String label(Part part) {
        return part.label() + ": " + part.title();
    }

    private static Entry column(Book book, Plan plan, int index) {
        Column column = book.columns().get(index);
        return new Entry(column.title(), otherLanguage(book, column.language()), plan.columnHref(index), List.of());
    }

    /**
     * Matter printed with a heading is listed; a dedication, an epigraph or the half-title is not, even when
     * its file gives a title (they stand before the contents, and are printed without one).
     */
    private static void matter(Book book, Matter matter, List<Entry> entries) {
        if (matter.kind().style() == Matter.Style.ALONE) {
            return;
        }
        matter.title().filter(t -> !t.isBlank()).ifPresent(title -> entries.add(
                new Entry(title, otherLanguage(book, matter.language()), Layout.matter(matter), List.of())));
    }

    private static Optional<String> otherLanguage(Book book, String language) {
        return language.equals(book.language()) ? Optional.empty() : Optional.of(language);
    }
}
