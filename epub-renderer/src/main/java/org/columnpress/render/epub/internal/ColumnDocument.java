package org.columnpress.render.epub.internal;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Labels;
import org.columnpress.core.Reporter;
import org.columnpress.core.render.BlockAnchors;
import org.columnpress.core.render.html.BodyWriter;
import org.columnpress.core.render.html.ColumnOpener;

/**
 * One column as XHTML content documents: its opener (title, subtitle, byline, date and source), the
 * body, the notes as EPUB 3 footnotes with links back, the author's bio and the copyright line. A very
 * long column is cut into several documents by the rule the PDF uses for its page sequences
 * ({@link org.columnpress.core.render.BodyCutter}; between blocks only), since reading systems lay out a
 * whole document at a time: the opener goes in the first, the notes, bio and copyright line in the last. One instance per column; write its parts in order, as the notes' back links point
 * at references written before them.
 */
final class ColumnDocument {

    private final Book book;
    private final Column column;
    private final Images images;
    private final Reporter reporter;
    private final List<Plan.ColumnPart> parts;
    private final Map<Integer, String> firstRefs = new HashMap<>();
    private final Optional<PageBreaks> pages;
    private final Optional<BlockAnchors> anchors;

    /**
     * @param parts the column's documents, from {@link Plan#columnParts(int)}
     * @param pages the print edition's pages to mark, when the book PDF's page map is known
     */
    ColumnDocument(Book book, Column column, Images images, Reporter reporter, List<Plan.ColumnPart> parts,
            Optional<PageBreaks> pages) {
        this.book = book;
        this.column = column;
        this.images = images;
        this.reporter = reporter;
        this.parts = List.copyOf(parts);
        this.pages = pages;
        this.anchors = pages.map(p -> BlockAnchors.of(book, column));
    }

    void write(int part, OutputStream stream) {
        boolean first = part == 0;
        boolean last = part == parts.size() - 1;
        Xhtml x = Xhtml.document(stream, column.language(), column.title(), Layout.CSS_FROM_TEXT,
                Partition.BODY);
        if (first) {
            x.start("section", "class", "column", "role", "doc-chapter", "aria-labelledby", "title");
        } else {
            x.start("section", "class", "column continued", "role", "doc-chapter", "aria-label", column.title());
        }
        x.epubType("chapter");
        Labels labels = book.labelsFor(column);
        if (first) {
            ColumnOpener.write(x, column, labels);
        }
        String notesDocument = last ? "" : Layout.sibling(parts.get(parts.size() - 1).href());
        String ownDocument = last ? "" : Layout.sibling(parts.get(part).href());
        BodyWriter body = new BodyWriter(x, column, new EpubOutput(images), reporter, notesDocument, ownDocument,
                firstRefs);
        pages.ifPresent(breaks -> body.paged(anchors.orElseThrow(),
                anchor -> breaks.before(anchor).forEach(page -> PageBreaks.marker(x, page))));
        x.start("div", "class", "body");
        body.blocks(parts.get(part).body());
        x.end();
        if (last) {
            body.end(column, labels);
        }
        x.end();
        x.finish();
    }
}
