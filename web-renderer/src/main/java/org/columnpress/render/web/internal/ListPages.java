package org.columnpress.render.web.internal;

import java.io.OutputStream;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Label;
import org.columnpress.core.model.Labels;
import org.columnpress.core.model.Matter;
import org.columnpress.core.model.Part;
import org.columnpress.core.render.html.BodyWriter;
import org.columnpress.core.render.html.HtmlOutput;

/**
 * The pages that list columns: the index (the book, its parts and tags, then every column newest first under
 * its year), a page per tag (its columns newest first) and a page per part (its title, introduction and
 * columns in the book's order).
 */
final class ListPages {

    private final Context context;
    private final Book book;

    ListPages(Context context) {
        this.context = context;
        this.book = context.book();
    }

    void index(List<Site.Tag> tags, OutputStream out) {
        Labels labels = book.labels();
        Page page = Page.open(out, new Page.Head("", book.language(), book.title(), Descriptions.of(book), false,
                context.cover()), context.chrome());
        page.start("header", "class", "book");
        page.element("h1", book.title(), "class", "title");
        book.subtitle().filter(s -> !s.isBlank()).ifPresent(s -> page.element("p", s, "class", "subtitle"));
        if (!book.authors().isEmpty()) {
            page.element("p", labels.get(Label.BY) + " " + labels.joinNames(book.authors()), "class", "byline");
        }
        book.description().filter(s -> !s.isBlank()).ifPresent(s -> page.element("p", s, "class", "description"));
        page.end();
        List<Matter> front = Site.pages(book.front());
        List<Matter> back = Site.pages(book.back());
        if (!book.parts().isEmpty() || !front.isEmpty() || !back.isEmpty()) {
            // The book's contents in its order; the columns themselves are listed by year below.
            page.start("nav", "class", "parts", "aria-labelledby", "parts-title");
            page.element("h2", labels.get(Label.CONTENTS), "id", "parts-title");
            page.start("ol");
            front.forEach(m -> contentsEntry(page, m.title().orElseThrow(), Site.matter(m)));
            book.parts().forEach(part -> contentsEntry(page, part.label() + ": " + part.title(), Site.part(part)));
            back.forEach(m -> contentsEntry(page, m.title().orElseThrow(), Site.matter(m)));
            page.end().end();
        }
        if (!tags.isEmpty()) {
            page.start("nav", "class", "tags", "aria-labelledby", "tags-title");
            page.element("h2", labels.get(Label.TAGS), "id", "tags-title");
            page.start("ul");
            tags.forEach(tag -> page.start("li").element("a", tag.name(), "href", Site.link("", tag.folder())).end());
            page.end().end();
        }
        for (Map.Entry<Optional<Year>, List<Column>> year : context.site().byYear().entrySet()) {
            String heading = year.getKey().map(Year::toString).orElse(labels.get(Label.UNDATED));
            String id = "year-" + year.getKey().map(Year::toString).orElse("none");
            page.start("section", "class", "year", "aria-labelledby", id);
            page.element("h2", heading, "id", id);
            ColumnList.write(page, context, year.getValue(), 3);
            page.end();
        }
        page.close();
    }

    private static void contentsEntry(Page page, String title, String folder) {
        page.start("li").element("a", title, "href", Site.link("", folder)).end();
    }

    /** A piece of front or back matter ({@link Site#pages}): its heading, its writer, its text. */
    void matter(Matter matter, OutputStream out) {
        String title = matter.title().orElseThrow();
        Page page = Page.open(out, new Page.Head(Site.matter(matter), book.language(), title + " – " + book.title(),
                Descriptions.of(matter.body(), title), false, context.cover()), context.chrome());
        Labels labels = book.labelsFor(matter.language());
        boolean foreign = labels != book.labels();
        page.start("article", "class", "matter " + matter.kind().key(), "aria-labelledby", "title",
                "lang", foreign ? matter.language() : null);
        page.start("header", "class", "opener");
        page.element("h1", title, "id", "title", "class", "title");
        if (matter.kind() != Matter.Kind.ABOUT_THE_AUTHOR && !matter.authors().isEmpty()) {
            page.element("p", labels.get(Label.BY) + " " + labels.joinNames(matter.authors()), "class", "byline");
        }
        page.end();
        HtmlOutput images = context.images().output(page.root());
        matter.photo().ifPresent(photo -> {
            page.start("figure", "class", "author-photo");
            images.image(photo).img(page, book.photoAlt(matter));
            page.end();
        });
        page.start("div", "class", "body");
        new BodyWriter(page, matter.file().orElse(book.directory()), matter.body(), images, context.reporter())
                .blocks(matter.body());
        page.end().end();
        page.close();
    }

    void tag(Site.Tag tag, OutputStream out) {
        Labels labels = book.labels();
        Page page = Page.open(out, new Page.Head(tag.folder(), book.language(), tag.name() + " – " + book.title(),
                Descriptions.cut(labels.get(Label.TAGS) + ": " + tag.name() + ". " + Descriptions.of(book)), false,
                context.cover()), context.chrome());
        page.start("header", "class", "list");
        page.element("p", labels.get(Label.TAGS), "class", "kicker");
        page.element("h1", tag.name(), "class", "title");
        page.end();
        ColumnList.write(page, context, tag.columns(), 2);
        page.close();
    }

    void part(Part part, OutputStream out) {
        String folder = Site.part(part);
        Page page = Page.open(out, new Page.Head(folder, book.language(), part.title() + " – " + book.title(),
                Descriptions.cut(part.label() + ": " + part.title() + ". " + Descriptions.of(book)), false,
                context.cover()), context.chrome());
        page.start("header", "class", "list");
        page.element("p", part.label(), "class", "kicker");
        page.element("h1", part.title(), "class", "title");
        page.end();
        if (!part.intro().isEmpty()) {
            page.start("div", "class", "part-intro");
            new BodyWriter(page, part.introFile().orElse(book.directory()), part.intro(),
                    context.images().output(page.root()), context.reporter()).blocks(part.intro());
            page.end();
        }
        ColumnList.write(page, context, book.columnsOf(part), 2);
        page.close();
    }
}
