package org.columnpress.render.epub.internal;

import java.io.OutputStream;
import org.columnpress.core.Reporter;
import org.columnpress.core.render.html.BodyWriter;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Part;

/**
 * A part's title document: its number in words and its title, and its introduction when it has one; its
 * columns follow it in the spine. Reading systems start it on a new screen, as a part title page starts on
 * a recto in print.
 */
final class PartDocument {

    private final Book book;
    private final Images images;
    private final Reporter reporter;

    PartDocument(Book book, Images images, Reporter reporter) {
        this.book = book;
        this.images = images;
        this.reporter = reporter;
    }

    void write(Part part, OutputStream out) {
        Xhtml x = Xhtml.document(out, book.language(), Contents.label(part), Layout.CSS_FROM_TEXT, Partition.BODY);
        // Named by both lines, as a screen reader should say them: "Eerste deel Werk".
        x.start("section", "class", "part", "role", "doc-part", "aria-labelledby", "part-label part-title")
                .epubType("part");
        x.start("header", "class", "part-opener");
        x.element("p", part.label(), "id", "part-label", "class", "part-label");
        x.element("h1", part.title(), "id", "part-title", "class", "part-title");
        x.end();
        if (!part.intro().isEmpty()) {
            x.start("div", "class", "part-intro");
            new BodyWriter(x, part.introFile().orElse(book.directory()), part.intro(), new EpubOutput(images),
                    reporter)
                    .blocks(part.intro());
            x.end();
        }
        x.end().finish();
    }
}
