package org.columnpress.render.web.internal;

import java.io.OutputStream;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Label;
import org.columnpress.core.model.Labels;
import org.columnpress.core.render.html.BodyWriter;
import org.columnpress.core.render.html.ColumnOpener;

/**
 * One column's page: the opener the EPUB has (title, subtitle, byline, source and date), the link to the
 * column's own PDF when the build made one, the body, the notes linked both ways, the bio, the © line and the
 * tags; then the links to the columns before and after it in the book. The column's words ("Door", the date)
 * are in its own language, which its {@code article} carries when it is not the book's.
 */
final class ColumnPage {

    private final Context context;
    private final Book book;

    ColumnPage(Context context) {
        this.context = context;
        this.book = context.book();
    }

    /** @param hasPdf whether the column's own PDF is in the site ({@link Site#pdf}) */
    void write(int index, boolean hasPdf, OutputStream out) {
        Column column = book.columns().get(index);
        String folder = Site.column(column);
        Optional<String> picture = column.images().stream().findFirst()
                .map(image -> context.images().path(image.file())).or(context::cover);
        Page page = Page.open(out, new Page.Head(folder, book.language(), column.title() + " – " + book.title(),
                Descriptions.of(column), true, picture), context.chrome());
        Labels labels = context.labels(column);
        page.start("article", "class", "column", "aria-labelledby", "title", "lang", context.foreignLanguage(column));
        ColumnOpener.write(page, column, labels);
        if (hasPdf) {
            page.start("p", "class", "pdf");
            page.element("a", labels.get(Label.PDF_VERSION), "href", Site.pdfName(column), "type", "application/pdf");
            page.end();
        }
        BodyWriter body = new BodyWriter(page, column, context.images().output(page.root()),
                context.reporter());
        page.start("div", "class", "body");
        body.blocks(column.body());
        page.end();
        body.end(column, labels);
        tags(page, column, labels);
        page.end();
        neighbours(page, index);
        page.close();
    }

    private void tags(Page page, Column column, Labels labels) {
        if (column.tags().stream().allMatch(tag -> Site.slug(tag).isEmpty())) {
            return;
        }
        page.start("nav", "class", "tags", "aria-label", labels.get(Label.TAGS)).start("ul");
        Set<String> seen = new HashSet<>();
        column.tags().stream().filter(tag -> !Site.slug(tag).isEmpty() && seen.add(Site.slug(tag))).forEach(tag ->
                page.start("li").element("a", tag, "href", Site.link(page.folder(), Site.tag(tag))).end());
        page.end().end();
    }

    /** The columns before and after this one in the book, by title. */
    private void neighbours(Page page, int index) {
        Optional<Column> previous = context.site().previous(index);
        Optional<Column> next = context.site().next(index);
        if (previous.isEmpty() && next.isEmpty()) {
            return;
        }
        Labels labels = book.labels();
        page.start("nav", "class", "neighbours", "aria-label",
                labels.get(Label.PREVIOUS) + " / " + labels.get(Label.NEXT));
        previous.ifPresent(c -> neighbour(page, c, "prev", labels.get(Label.PREVIOUS)));
        next.ifPresent(c -> neighbour(page, c, "next", labels.get(Label.NEXT)));
        page.end();
    }

    private void neighbour(Page page, Column column, String rel, String word) {
        page.start("a", "rel", rel, "class", rel, "href", Site.link(page.folder(), Site.column(column)));
        // The space keeps the words apart for those who read the link as text: "Volgende Drie", not "VolgendeDrie".
        page.element("span", word, "class", "neighbour-label").text(" ");
        page.element("span", column.title(), "class", "neighbour-title", "lang",
                context.foreignLanguage(column));
        page.end();
    }
}
