package org.columnpress.render.web.internal;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.columnpress.core.Reporter;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Labels;
import org.columnpress.core.render.html.BodyWriter;

/**
 * The Atom feed ({@code feed.xml}, RFC 4287): every column newest first with its full text (notes, bio and
 * © line too), so that a feed reader shows what the page shows. Its links are absolute with a site URL, else
 * relative to the feed. Its {@code updated} is the build's timestamp, a column's its date: the same bytes for
 * the same book.
 */
final class Feed {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    private final Context context;
    private final Book book;
    private final Site site;
    private final WebImages images;
    private final Optional<String> siteUrl;
    private final Instant timestamp;
    private final Reporter reporter;

    /** @param timestamp the build's, the feed's {@code updated} */
    Feed(Context context, Instant timestamp) {
        this.context = context;
        this.book = context.book();
        this.site = context.site();
        this.images = context.images();
        this.siteUrl = context.chrome().siteUrl();
        this.timestamp = timestamp;
        this.reporter = context.reporter();
    }

    void write(OutputStream out) {
        String base = siteUrl.orElse("");
        XmlDocument x = XmlDocument.of(out);
        x.start("feed").namespace("", ATOM).xmlLang(book.language());
        x.element("title", book.title());
        book.subtitle().or(book::description).filter(s -> !s.isBlank()).ifPresent(s -> x.element("subtitle", s));
        x.element("id", siteUrl.orElse(book.identifier()));
        x.element("updated", timestamp.toString());
        x.empty("link", "rel", "alternate", "type", "text/html", "href", siteUrl.orElse(Site.INDEX));
        siteUrl.ifPresent(s -> x.empty("link", "rel", "self", "type", "application/atom+xml",
                "href", Site.address(s, Site.FEED)));
        authors(x, book.authors());
        book.rights().ifPresent(rights -> x.element("rights", rights));
        x.element("generator", "Columnpress");
        for (Column column : site.newestFirst()) {
            entry(x, column, base);
        }
        x.end().finish();
    }

    private void entry(XmlDocument x, Column column, String base) {
        Labels labels = context.labels(column);
        x.start("entry");
        if (context.foreignLanguage(column) != null) {
            x.xmlLang(column.language());
        }
        x.element("title", column.title());
        x.element("id", siteUrl.map(s -> Site.address(s, Site.column(column))).orElse(
                "urn:uuid:" + UUID.nameUUIDFromBytes((book.identifier() + "/" + column.id())
                        .getBytes(StandardCharsets.UTF_8))));
        x.element("updated", instant(column).toString());
        column.date().ifPresent(date -> x.element("published", instant(date).toString()));
        x.empty("link", "rel", "alternate", "type", "text/html", "href",
                siteUrl.map(s -> Site.address(s, Site.column(column))).orElse(Site.link("", Site.column(column))));
        authors(x, column.authors());
        column.tags().stream().filter(tag -> !Site.slug(tag).isEmpty()).distinct()
                .forEach(tag -> x.empty("category", "term", tag));
        column.subtitle().filter(s -> !s.isBlank()).ifPresent(s -> x.element("summary", s));
        x.start("content", "type", "xhtml");
        x.start("div").namespace("", XHTML);
        BodyWriter body = new BodyWriter(x, column, images.output(base), reporter);
        body.blocks(column.body());
        body.end(column, labels);
        x.end().end();
        x.end();
    }

    private static void authors(XmlDocument x, List<String> authors) {
        authors.forEach(name -> x.start("author").element("name", name).end());
    }

    /** When a column appeared: its date, else the first of January of its year, else the build's time. */
    private Instant instant(Column column) {
        return column.date().or(() -> column.year().map(y -> y.atDay(1))).map(Feed::instant).orElse(timestamp);
    }

    private static Instant instant(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
