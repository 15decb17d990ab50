package org.columnpress.render.pdf.internal;

import java.util.Map;
import org.columnpress.core.model.Column;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Sits between the XSLT output and FOP and remembers which page sequence FOP is reading. FOP lays out
 * a page sequence when it ends, so its layout warnings and errors belong to the sequence seen last;
 * the default stylesheet names column sequences {@code seq-<column xml id>}, and the later sequences of
 * a very long column {@code seq-<n>-<column xml id>}.
 */
final class ColumnTracker extends XMLFilterImpl {

    private static final String FO = "http://www.w3.org/1999/XSL/Format";

    private final Map<String, Column> columnsById;
    private volatile Column current;
    /** Columns FOP has begun, for the progress line; a long column's later sequences are not counted again. */
    private volatile int begun;

    /** @param columnsById each column by its XML id */
    ColumnTracker(ContentHandler fop, Map<String, Column> columnsById) {
        this.columnsById = Map.copyOf(columnsById);
        setContentHandler(fop);
    }

    /** The column (or part of the book) FOP is working on, for messages: {@code columns/a.md ('Title')}. */
    String current() {
        Column column = current;
        return column == null ? "the front or back matter" : column.file() + " ('" + column.title() + "')";
    }

    /** How many columns FOP has begun to read (it lays each out as its page sequence ends). */
    int begun() {
        return begun;
    }

    /** The column FOP is working on, or null in the front or back matter. */
    Column currentColumn() {
        return current;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts)
            throws SAXException {
        if (FO.equals(uri) && "page-sequence".equals(localName)) {
            String id = atts.getValue("id");
            Column column = id != null && id.startsWith("seq-")
                    ? columnsById.get(id.substring(4).replaceFirst("^[0-9]+-", "")) : null;
            if (column != null && column != current) {
                begun++; // one SAX thread writes; the progress line only reads
            }
            current = column;
        }
        super.startElement(uri, localName, qName, atts);
    }
}
