package org.columnpress.render.epub.internal;

import java.io.OutputStream;
import java.util.List;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Label;
import org.columnpress.core.model.Labels;

/**
 * The EPUB 3 navigation document: the table of contents (shown as the contents page, in the spine)
 * and the landmarks that readers use for "go to start", "go to cover" and the like (hidden).
 */
final class NavDocument {

    private final Book book;
    private final Plan plan;

    NavDocument(Book book, Plan plan) {
        this.book = book;
        this.plan = plan;
    }

    void write(OutputStream out) {
        Labels labels = book.labels();
        Xhtml x = Xhtml.document(out, book.language(), labels.get(Label.CONTENTS), Layout.CSS_FROM_TEXT);
        x.start("nav", "id", "toc", "role", "doc-toc", "aria-labelledby", "toc-title").epubType("toc");
        x.element("h1", labels.get(Label.CONTENTS), "id", "toc-title");
        x.start("ol", "class", "toc");
        List<Column> columns = book.columns();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            x.start("li").start("a", "href", Layout.sibling(plan.columnHref(i)));
            if (!column.language().equals(book.language())) {
                x.lang(column.language());
            }
            x.text(column.title()).end().end();
        }
        if (plan.hasSources()) {
            x.start("li").element("a", labels.get(Label.SOURCES), "href", Layout.sibling(Layout.SOURCES)).end();
        }
        x.end().end();

        x.start("nav", "aria-label", "Landmarks", "hidden", "hidden").epubType("landmarks");
        x.start("ol");
        if (plan.cover().isPresent()) {
            landmark(x, "cover", Layout.COVER, labels.get(Label.COVER));
        }
        landmark(x, "titlepage", Layout.TITLE_PAGE, labels.get(Label.TITLE_PAGE));
        landmark(x, "copyright-page", Layout.COPYRIGHT, labels.get(Label.COPYRIGHT));
        landmark(x, "toc", Layout.NAV + "#toc", labels.get(Label.CONTENTS));
        if (!columns.isEmpty()) {
            landmark(x, "bodymatter", plan.columnHref(0), columns.get(0).title());
        }
        if (plan.hasSources()) {
            landmark(x, "backmatter", Layout.SOURCES, labels.get(Label.SOURCES));
        }
        x.end().end().finish();
    }

    private static void landmark(Xhtml x, String type, String href, String label) {
        x.start("li").start("a", "href", Layout.sibling(href)).epubType(type).text(label).end().end();
    }
}
