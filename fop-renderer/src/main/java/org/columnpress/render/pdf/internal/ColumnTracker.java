package org.columnpress.render.pdf.internal;

import java.util.Map;
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

    private final Map<String, String> columnsById;
    private volatile String current = "the front or back matter";

    /** @param columnsById a description of each column ("columns/a.md, 'Title'") by its XML id */
    ColumnTracker(ContentHandler fop, Map<String, String> columnsById) {
        this.columnsById = Map.copyOf(columnsById);
        setContentHandler(fop);
    }

    /** The column (or part of the book) FOP is working on, for messages. */
    String current() {
        return current;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts)
            throws SAXException {
        if (FO.equals(uri) && "page-sequence".equals(localName)) {
            String id = atts.getValue("id");
            String column = id != null && id.startsWith("seq-") ? columnsById.get(id.substring(4).replaceFirst("^[0-9]+-", "")) : null;
            current = column != null ? column : "the front or back matter";
        }
        super.startElement(uri, localName, qName, atts);
    }
}
