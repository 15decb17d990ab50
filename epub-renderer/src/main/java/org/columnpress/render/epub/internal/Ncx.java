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
import org.columnpress.core.model.Label;

/**
 * The EPUB 2 table of contents ({@code toc.ncx}) for old readers, written by epub4j: this is the part of
 * epublib we keep (see the package documentation). Its resources carry only their hrefs, no content.
 */
final class Ncx {

    private Ncx() {
    }

    static byte[] bytes(Book book, Plan plan) {
        TableOfContents toc = new TableOfContents();
        for (int i = 0; i < book.columns().size(); i++) {
            toc.addTOCReference(new TOCReference(XmlChars.clean(book.columns().get(i).title()),
                    reference(plan.columnHref(i))));
        }
        if (plan.hasSources()) {
            toc.addTOCReference(new TOCReference(book.labels().get(Label.SOURCES), reference(Layout.SOURCES)));
        }
        // epub4j writes each identifier as dtb:<scheme>; epubcheck wants dtb:uid to equal the package's.
        List<Identifier> ids = List.of(new Identifier("uid", book.identifier()));
        try {
            // Authors are left out: epub4j prints them "last, first", which single names do not have.
            return NCXDocument.createNCXResource(ids, XmlChars.clean(book.title()), List.of(), toc).getData();
        } catch (IOException | RuntimeException e) {
            throw new ColumnpressException("Could not write the EPUB's NCX: " + e.getMessage(), e);
        }
    }

    private static Resource reference(String href) {
        return new Resource(null, new byte[0], href, MediaTypes.XHTML);
    }
}
