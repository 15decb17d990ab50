package org.columnpress.render.pdf.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.columnpress.core.Reporter;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.IndexTerm;

/**
 * Writes the book's index into the book XML ({@code b:index}): its groups in the order core sorted them
 * (never re-sorted here), each term with its occurrences' ids (in reading order) and its "see also" terms.
 * The index's page numbers are not known here: the stylesheet asks for them with {@link IndexPageLists}'s
 * element, which is filled in from FOP's layout.
 */
final class IndexXmlWriter {

    private IndexXmlWriter() {
    }

    /** Writes nothing for a book without an index. */
    static void write(XMLStreamWriter xml, Book book) throws XMLStreamException {
        List<IndexTerm> terms = book.index();
        if (terms.isEmpty()) {
            return;
        }
        Map<String, String> idOf = new HashMap<>();
        terms.forEach(term -> idOf.put(term.term(), term.id()));
        XmlText text = new XmlText(xml, Reporter.silent(), book.directory().resolve("book.yaml"));
        String ns = BookXmlWriter.NS;
        xml.writeStartElement(ns, "index");
        String group = null;
        for (IndexTerm term : terms) {
            if (!term.group().equals(group)) {
                if (group != null) {
                    xml.writeEndElement();
                }
                group = term.group();
                xml.writeStartElement(ns, "group");
                xml.writeAttribute("name", group);
            }
            xml.writeStartElement(ns, "term");
            xml.writeAttribute("id", term.id());
            text.element("text", term.term());
            for (IndexTerm.Occurrence occurrence : term.occurrences()) {
                xml.writeEmptyElement(ns, "occurrence");
                xml.writeAttribute("ref", occurrence.id());
            }
            for (String other : term.seeAlso()) {
                xml.writeStartElement(ns, "see-also");
                String ref = idOf.get(other);
                if (ref != null) { // core rejects a see-also to no term; a hand-made model may still hold one
                    xml.writeAttribute("ref", ref);
                }
                text.characters(other);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }
}
