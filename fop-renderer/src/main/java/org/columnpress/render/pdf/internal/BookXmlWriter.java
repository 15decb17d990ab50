package org.columnpress.render.pdf.internal;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Footnote;
import org.columnpress.core.model.Label;
import org.columnpress.core.model.Labels;
import org.columnpress.core.Reporter;
import org.columnpress.core.render.BlockAnchors;

/**
 * Writes a book as Columnpress book XML (namespace {@link #NS}, schema {@code schema/book.xsd}), the
 * document the XSLT stylesheets read. Streams with StAX; fixed words and dates arrive already in the
 * book's language, so stylesheets never need to know about languages.
 */
public final class BookXmlWriter {

    /** The namespace of the book vocabulary; versioned so that stylesheets can tell. */
    public static final String NS = "https://columnpress.org/ns/book/1";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final Reporter reporter;
    private final UnaryOperator<Path> imageFiles;

    /** A writer whose images refer to the book's own files. */
    public BookXmlWriter(Reporter reporter) {
        this(reporter, UnaryOperator.identity());
    }

    /**
     * @param imageFiles the file each image of the book is to be read from: a render's prepared copy
     *                   (downsampled, made safe), or the image itself
     */
    public BookXmlWriter(Reporter reporter, UnaryOperator<Path> imageFiles) {
        this.reporter = reporter;
        this.imageFiles = imageFiles;
    }

    /**
     * Writes the whole book, or just the given columns of it. The whole book has its index.
     *
     * @param kind {@code book} for the book, {@code column} for one column's own PDF
     */
    public void write(Book book, List<Column> columns, String kind, OutputStream out) {
        write(book, columns, kind, true, "book".equals(kind) && columns.equals(book.columns()), out);
    }

    /**
     * Writes the skeleton of the book: metadata, labels and every column's metadata, without bodies,
     * notes, bios or copyright lines, and the index. The front matter and the back matter are made from it.
     */
    public void writeSkeleton(Book book, OutputStream out) {
        write(book, book.columns(), "book", false, true, out);
    }

    private void write(Book book, List<Column> columns, String kind, boolean bodies, boolean index,
            OutputStream out) {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "book");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("xml", XML_NS, "lang", book.language());
            xml.writeAttribute("kind", kind);
            writeMeta(xml, book);
            writeLabels(xml, book.labels());
            for (Column column : columns) {
                writeColumn(xml, book, column, bodies, "book".equals(kind));
            }
            if (index) {
                IndexXmlWriter.write(xml, book);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new ColumnpressException("Cannot write the book XML for '" + book.title() + "': " + e, e);
        }
    }

    /** The book's {@code meta} element, which the cover XML shares. */
    static void writeMeta(XMLStreamWriter xml, Book book) throws XMLStreamException {
        xml.writeStartElement(NS, "meta");
        XmlText text = new XmlText(xml, Reporter.silent(), book.directory().resolve("book.yaml"));
        text.element("title", book.title());
        text.element("subtitle", book.subtitle());
        for (String author : book.authors()) {
            text.element("author", author);
        }
        text.element("authors", book.labels().joinNames(book.authors()));
        text.element("publisher", book.publisher());
        xml.writeStartElement(NS, "identifier");
        book.isbn().ifPresent(isbn -> attribute(xml, "isbn", isbn));
        text.characters(book.identifier());
        xml.writeEndElement();
        writeDate(xml, text, book.labels(), book.date(), null);
        text.element("rights", book.rights());
        text.element("description", book.description());
        text.element("edition", book.edition());
        xml.writeEndElement();
    }

    private static void writeLabels(XMLStreamWriter xml, Labels labels) throws XMLStreamException {
        xml.writeStartElement(NS, "labels");
        XmlText text = new XmlText(xml, Reporter.silent(), null);
        for (Label label : Label.values()) {
            xml.writeStartElement(NS, "label");
            xml.writeAttribute("key", label.key());
            text.characters(labels.get(label));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** @param anchored whether its blocks carry their anchors (in the book; a column's own PDF needs none) */
    private void writeColumn(XMLStreamWriter xml, Book book, Column column, boolean bodies, boolean anchored)
            throws XMLStreamException {
        // A column in another language than the book prints its own language's words (Book.labelsFor).
        Labels labels = book.labelsFor(column);
        XmlText text = new XmlText(xml, bodies ? reporter : Reporter.silent(), column.file());
        xml.writeStartElement(NS, "column");
        xml.writeAttribute("id", xmlId(column.id()));
        xml.writeAttribute("name", column.id());
        xml.writeAttribute("file", column.file().toString());
        xml.writeAttribute("xml", XML_NS, "lang", column.language());
        text.element("title", column.title());
        text.element("subtitle", column.subtitle());
        for (String author : column.authors()) {
            text.element("author", author);
        }
        text.element("byline", labels.get(Label.BY) + " " + labels.joinNames(column.authors()));
        // The sources page is in the book's language: it prints the date as the book writes it.
        writeDate(xml, text, labels, column.date(), labels.equals(book.labels()) ? null : book.labels());
        text.element("year", column.year().map(Object::toString));
        text.element("source", column.source());
        if (!labels.equals(book.labels())) {
            writeLabels(xml, labels);
        }
        if (bodies) {
            writeContent(xml, text, column, anchored ? BlockAnchors.of(book, column) : null);
        }
        xml.writeEndElement();
        text.reportDropped();
    }

    private void writeContent(XMLStreamWriter xml, XmlText text, Column column, BlockAnchors anchors)
            throws XMLStreamException {
        BlockXmlWriter blocks = new BlockXmlWriter(xml, text, imageFiles, anchors);
        blocks.bodies(column.body());
        if (!column.footnotes().isEmpty()) {
            xml.writeStartElement(NS, "footnotes");
            for (Footnote note : column.footnotes()) {
                xml.writeStartElement(NS, "footnote");
                xml.writeAttribute("n", Integer.toString(note.number()));
                blocks.blocks(note.blocks());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        if (!column.bio().isEmpty()) {
            blocks.container("bio", column.bio());
        }
        text.element("copyright", column.copyright());
    }

    private static void writeDate(XMLStreamWriter xml, XmlText text, Labels labels, Optional<LocalDate> date,
            Labels bookLabels) throws XMLStreamException {
        if (date.isPresent()) {
            xml.writeStartElement(NS, "date");
            xml.writeAttribute("iso", date.get().toString());
            if (bookLabels != null) {
                xml.writeAttribute("book", bookLabels.formatDate(date.get()));
            }
            text.characters(labels.formatDate(date.get()));
            xml.writeEndElement();
        }
    }

    /** Column ids come from file names and may start with a digit: an NCName may not. */
    public static String xmlId(String columnId) {
        return "col-" + columnId.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static void attribute(XMLStreamWriter xml, String name, String value) {
        try {
            xml.writeAttribute(name, value);
        } catch (XMLStreamException e) {
            throw new ColumnpressException("Cannot write attribute " + name + ": " + e, e);
        }
    }
}
