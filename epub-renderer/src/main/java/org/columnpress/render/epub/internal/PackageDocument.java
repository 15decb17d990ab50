package org.columnpress.render.epub.internal;

import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.columnpress.core.model.Book;

/**
 * The EPUB 3 package document ({@code content.opf}): metadata including the accessibility metadata
 * ({@link Accessibility}), the manifest, and the spine with the NCX kept for EPUB 2 readers.
 */
final class PackageDocument {

    private static final String OPF_NS = "http://www.idpf.org/2007/opf";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";

    private final Book book;
    private final Plan plan;
    private final Instant modified;
    private final Accessibility accessibility;

    PackageDocument(Book book, Plan plan, Instant modified, Accessibility accessibility) {
        this.book = book;
        this.plan = plan;
        this.modified = modified;
        this.accessibility = accessibility;
    }

    void write(OutputStream out) {
        Xhtml x = Xhtml.xml(out);
        x.start("package").namespace("", OPF_NS);
        x.attr("version", "3.0").attr("unique-identifier", "pub-id").xmlLang(book.language());
        metadata(x);
        x.start("manifest");
        for (Item item : plan.manifest()) {
            x.empty("item", "id", item.id(), "href", item.href(), "media-type", item.mediaType(),
                    "properties", item.properties());
        }
        x.end();
        x.start("spine", "toc", "ncx");
        plan.spine().forEach(item -> x.empty("itemref", "idref", item.id()));
        x.end();
        x.end().finish();
    }

    private void metadata(Xhtml x) {
        x.start("metadata").namespace("dc", DC_NS);
        dc(x, "identifier", book.identifier(), "id", "pub-id");
        dc(x, "title", book.title(), "id", "title");
        meta(x, "title-type", "main", "refines", "#title");
        book.subtitle().filter(s -> !s.isBlank()).ifPresent(s -> {
            dc(x, "title", s, "id", "subtitle");
            meta(x, "title-type", "subtitle", "refines", "#subtitle");
        });
        for (int i = 0; i < book.authors().size(); i++) {
            String id = "creator-" + (i + 1);
            dc(x, "creator", book.authors().get(i), "id", id);
            meta(x, "role", "aut", "refines", "#" + id, "scheme", "marc:relators");
        }
        dc(x, "language", book.language());
        book.publisher().ifPresent(p -> dc(x, "publisher", p));
        book.date().ifPresent(d -> dc(x, "date", DateTimeFormatter.ISO_LOCAL_DATE.format(d)));
        book.rights().ifPresent(r -> dc(x, "rights", r));
        book.description().ifPresent(d -> dc(x, "description", d));
        meta(x, "dcterms:modified",
                DateTimeFormatter.ISO_INSTANT.format(modified.truncatedTo(ChronoUnit.SECONDS)));
        // EPUB 2 readers (and some stores) find the cover through this; EPUB 3 allows it.
        plan.cover().ifPresent(c -> x.empty("meta", "name", "cover", "content", c.id()));
        accessibility.write(x);
        x.end();
    }

    private static void dc(Xhtml x, String name, String value, String... attributes) {
        x.startNs("dc", DC_NS, name, attributes).text(value).end();
    }

    private static void meta(Xhtml x, String property, String value, String... attributes) {
        x.start("meta", "property", property);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            x.attr(attributes[i], attributes[i + 1]);
        }
        x.text(value).end();
    }
}
