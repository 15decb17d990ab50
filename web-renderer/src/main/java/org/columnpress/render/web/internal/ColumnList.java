package org.columnpress.render.web.internal;

import java.util.List;
import org.columnpress.core.model.Column;
import org.columnpress.core.render.html.ColumnOpener;

/**
 * A list of columns as the index, a tag's page and a part's page show it: each column's title (a link to its
 * page), subtitle and dateline, the title a heading of the given level so that a screen reader's list of
 * headings is the list of columns.
 */
final class ColumnList {

    private ColumnList() {
    }

    static void write(Page page, Context context, List<Column> columns, int level) {
        page.start("ol", "class", "columns");
        for (Column column : columns) {
            page.start("li", "class", "entry", "lang", context.foreignLanguage(column));
            page.start("h" + level, "class", "entry-title");
            page.element("a", column.title(), "href", Site.link(page.folder(), Site.column(column)));
            page.end();
            column.subtitle().filter(s -> !s.isBlank()).ifPresent(s -> page.element("p", s, "class", "subtitle"));
            String dateline = ColumnOpener.dateline(column, context.labels(column));
            if (!dateline.isEmpty()) {
                page.element("p", dateline, "class", "dateline");
            }
            page.end();
        }
        page.end();
    }
}
