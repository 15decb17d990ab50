package org.columnpress.render.epub.internal;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Label;
import org.columnpress.core.model.Labels;

/**
 * The EPUB 3 navigation document: the table of contents (shown as the contents page, in the spine), with
 * a part's columns in a list under it, the landmarks that readers use for "go to start", "go to cover"
 * and the like (hidden), and the print edition's page list when its pages are known (hidden too).
 */
final class NavDocument {

    private final Book book;
    private final Plan plan;
    private final Optional<PageBreaks> pages;

    /** @param pages the print edition's pages, listed in a page list when known */
    NavDocument(Book book, Plan plan, Optional<PageBreaks> pages) {
        this.book = book;
        this.plan = plan;
        this.pages = pages;
    }

    void write(OutputStream out) {
        Labels labels = book.labels();
        Xhtml x = Xhtml.document(out, book.language(), labels.get(Label.CONTENTS), Layout.CSS_FROM_TEXT,
                Partition.FRONT);
        x.start("nav", "id", "toc", "role", "doc-toc", "aria-labelledby", "toc-title").epubType("toc");
        x.element("h1", labels.get(Label.CONTENTS), "id", "toc-title");
        List<Contents.Entry> contents = Contents.of(book, plan);
        entries(x, contents, "toc");
        x.end();

        x.start("nav", "aria-label", "Landmarks", "hidden", "hidden").epubType("landmarks");
        x.start("ol");
        if (plan.cover().isPresent()) {
            landmark(x, "cover", Layout.COVER, labels.get(Label.COVER));
        }
        landmark(x, "titlepage", Layout.TITLE_PAGE, labels.get(Label.TITLE_PAGE));
        landmark(x, "copyright-page", Layout.COPYRIGHT, labels.get(Label.COPYRIGHT));
        landmark(x, "toc", Layout.NAV + "#toc", labels.get(Label.CONTENTS));
        // Where reading begins (the first part or column), and the first document after the columns, named
        // as the contents name it.
        plan.bodyStart().ifPresent(href -> landmark(x, "bodymatter", href, labels.get(Label.START)));
        plan.backStart().ifPresent(href -> landmark(x, "backmatter", href, contents.stream()
                .filter(e -> e.href().equals(href)).map(Contents.Entry::label).findFirst()
                .orElse(labels.get(Label.SOURCES))));
        if (plan.hasIndex()) {
            landmark(x, "index", Layout.INDEX, labels.get(Label.INDEX));
        }
        x.end().end();

        pages.ifPresent(breaks -> {
            x.start("nav", "role", "doc-pagelist", "aria-label", labels.get(Label.PAGE_LIST), "hidden", "hidden").epubType("page-list");
            x.start("ol");
            breaks.pages().forEach(page -> x.start("li")
                    .element("a", page.label(), "href", Layout.sibling(page.href()) + "#" + page.id()).end());
            x.end().end();
        });
        x.finish();
    }

    /** A list of entries, each with its own list under it when it has children (a part's columns). */
    private static void entries(Xhtml x, List<Contents.Entry> entries, String listClass) {
        x.start("ol", "class", listClass);
        for (Contents.Entry entry : entries) {
            x.start("li").start("a", "href", Layout.sibling(entry.href()));
            entry.language().ifPresent(x::lang);
            x.text(entry.label()).end();
            if (!entry.children().isEmpty()) {
                entries(x, entry.children(), "toc-part");
            }
            x.end();
        }
        x.end();
    }

    private static void landmark(Xhtml x, String type, String href, String label) {
        x.start("li").start("a", "href", Layout.sibling(href)).epubType(type).text(label).end().end();
    }
}
