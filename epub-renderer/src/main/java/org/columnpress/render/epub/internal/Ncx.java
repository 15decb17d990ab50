package org.columnpress.render.epub.internal;

import io.documentnode.epub4j.domain.Identifier;
import io.documentnode.epub4j.domain.MediaTypes;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.TOCReference;
import io.documentnode.epub4j.domain.TableOfContents;
import io.documentnode.epub4j.epub.NCXDocument;
import java.io.IOException;
import java.util.List;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.model.Book;
import org.columnpress.core.render.html.XmlChars;

/**
 * The EPUB 2 table of contents ({@code toc.ncx}) for old readers, written by epub4j: this is the part of
 * epublib we keep (see the package documentation). Its resources carry only their hrefs, no content. Its
 * entries are the navigation document's ({@link Contents}), nested the same way.
 */
final class Ncx {

    private Ncx() {
    }

    static byte[] bytes(Book book, Plan plan) {
        TableOfContents toc = new TableOfContents();
        Contents.of(book, plan).forEach(entry -> toc.addTOCReference(reference(entry)));
        // epub4j writes each identifier as dtb:<scheme>; epubcheck wants dtb:uid to equal the package's.
        List<Identifier> ids = List.of(new Identifier("uid", book.identifier()));
        try {
            // Authors are left out: epub4j prints them "last, first", which single names do not have.
            return NCXDocument.createNCXResource(ids, XmlChars.clean(book.title()), List.of(), toc).getData();
        } catch (IOException | RuntimeException e) {
            throw new ColumnpressException("Could not write the EPUB's NCX: " + e.getMessage(), e);
        }
    }

    /** A navPoint, with a part's columns as navPoints inside it. */
    private static TOCReference reference(Contents.Entry entry) {
        TOCReference reference = new TOCReference(XmlChars.clean(entry.label()),
                new Resource(null, new byte[0], entry.href(), MediaTypes.XHTML));
        entry.children().forEach(child -> reference.addChildSection(reference(child)));
        return reference;
    }
}
