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
import org.columnpress.core.model.Matter;
import org.columnpress.core.model.Part;
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
     * Writes the whole book, or just the given columns of it. A book's XML has its front and back matter,
     * each part before its first column (when that column is among those written), and, when every column
     * is written, the index.
     *
     * @param kind {@code book} for the book, {@code column} for one column's own PDF (no parts, no matter)
     */
    public void write(Book book, List<Column> columns, String kind, OutputStream out) {
        boolean whole = "book".equals(kind);
        write(book, kind, out, xml -> {
            if (whole) {
                writeMatter(xml, book, "front", book.front());
            }
            for (Column column : columns) {
                if (whole) {
                    Optional<Part> part = book.partOf(column);
                    if (part.isPresent() && part.get().columns().get(0).equals(column.id())) {
                        writePart(xml, book, part.get(), reporter, imageFiles);
                    }
                }
                writeColumn(xml, book, column, true, whole);
            }
            if (whole) {
                writeMatter(xml, book, "back", book.back());
            }
            if (whole && columns.equals(book.columns())) {
                IndexXmlWriter.write(xml, book);
            }
        });
    }

    /**
     * Writes the skeleton of the book: metadata, labels, the front and back matter, the parts and every
     * column's metadata, without the columns' bodies, notes, bios or copyright lines, and the index. The pages
     * before and after the columns are made from it.
     */
    public void writeSkeleton(Book book, OutputStream out) {
        write(book, "book", out, xml -> {
            writeMatter(xml, book, "front", book.front());
            for (Column column : book.columns()) {
                Optional<Part> part = book.partOf(column);
                if (part.isPresent() && part.get().columns().get(0).equals(column.id())) {
                    writePart(xml, book, part.get(), Reporter.silent(), imageFiles); // warned with its first column
                }
                writeColumn(xml, book, column, false, true);
            }
            writeMatter(xml, book, "back", book.back());
            IndexXmlWriter.write(xml, book);
        });
    }

    /**
     * Writes one column of the book with its part before it: for running heads that name the part, and for
     * the part's title page when the column opens the part ({@code opens-part}).
     */
    public void writeOneColumn(Book book, Column column, OutputStream out) {
        write(book, "book", out, xml -> {
            Optional<Part> part = book.partOf(column);
            if (part.isPresent()) {
                boolean opens = part.get().columns().get(0).equals(column.id());
                writePart(xml, book, part.get(), opens ? reporter : Reporter.silent(), imageFiles);
            }
            writeColumn(xml, book, column, true, true);
        });
    }

    /** What goes between a book's labels and its end. */
    private interface Content {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private void write(Book book, String kind, OutputStream out, Content content) {
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
            content.write(xml);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new ColumnpressException("Cannot write the book XML for '" + book.title() + "': " + e, e);
        }
    }

    /**
     * A part: its number in words and its title, its introduction, and {@code starts-body} when it is
     * where the book's body (page 1) begins.
     */
    private static void writePart(XMLStreamWriter xml, Book book, Part part, Reporter warnings,
            UnaryOperator<Path> imageFiles) throws XMLStreamException {
        XmlText text = new XmlText(xml, warnings, part.introFile().orElse(book.directory().resolve("book.yaml")));
        xml.writeStartElement(NS, "part");
        xml.writeAttribute("id", part.id());
        xml.writeAttribute("n", Integer.toString(part.number()));
        if (book.parts().get(0).equals(part)) {
            xml.writeAttribute("starts-body", "true");
        }
        text.element("label", part.label());
        text.element("title", part.title());
        if (!part.intro().isEmpty()) {
            new BlockXmlWriter(xml, text, imageFiles).container("intro", part.intro());
        }
        xml.writeEndElement();
        text.reportDropped();
    }

    /**
     * The front or back matter, in print order. A piece after the sources page carries
     * {@code after-sources}; one Columnpress writes itself (a half-title, a colophon) {@code generated}.
     */
    private void writeMatter(XMLStreamWriter xml, Book book, String place, List<Matter> matter)
            throws XMLStreamException {
        if (matter.isEmpty()) {
            return;
        }
        xml.writeStartElement(NS, place);
        for (Matter piece : matter) {
            XmlText text = new XmlText(xml, reporter, piece.file().orElse(book.directory().resolve("book.yaml")));
            xml.writeStartElement(NS, "matter");
            xml.writeAttribute("id", piece.id());
            xml.writeAttribute("kind", piece.kind().key());
            xml.writeAttribute("style", piece.kind().style().name().toLowerCase(java.util.Locale.ROOT));
            xml.writeAttribute("xml", XML_NS, "lang", piece.language());
            if (piece.generated()) {
                xml.writeAttribute("generated", "true");
            }
            if (piece.kind().followsSources()) {
                xml.writeAttribute("after-sources", "true");
            }
            text.element("title", piece.title().filter(title -> !title.isBlank()));
            for (String author : piece.authors()) {
                text.element("author", author);
            }
            if (!piece.authors().isEmpty()) {
                text.element("authors", book.labels().joinNames(piece.authors()));
            }
            if (piece.photo().isPresent()) {
                xml.writeEmptyElement(NS, "photo");
                xml.writeAttribute("src", imageFiles.apply(piece.photo().get()).toUri().toString());
                xml.writeAttribute("alt", book.photoAlt(piece));
            }
            new BlockXmlWriter(xml, text, imageFiles).container("body", piece.body());
            xml.writeEndElement();
            text.reportDropped();
        }
        xml.writeEndElement();
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

    /**
     * @param inBook whether the column is written as part of the book: with its part, where the body starts, and
     *               its blocks' anchors (a column's own PDF needs none)
     */
    private void writeColumn(XMLStreamWriter xml, Book book, Column column, boolean bodies, boolean inBook)
            throws XMLStreamException {
        // A column in another language than the book prints its own language's words (Book.labelsFor).
        Labels labels = book.labelsFor(column);
        XmlText text = new XmlText(xml, bodies ? reporter : Reporter.silent(), column.file());
        xml.writeStartElement(NS, "column");
        xml.writeAttribute("id", xmlId(column.id()));
        xml.writeAttribute("name", column.id());
        xml.writeAttribute("file", column.file().toString());
        xml.writeAttribute("xml", XML_NS, "lang", column.language());
        if (inBook) {
            Optional<Part> part = book.partOf(column);
            if (part.isPresent()) {
                xml.writeAttribute("part", part.get().id());
                if (part.get().columns().get(0).equals(column.id())) {
                    xml.writeAttribute("opens-part", "true");
                }
            } else if (!book.columns().isEmpty() && book.columns().get(0).equals(column)) {
                xml.writeAttribute("starts-body", "true");
            }
        }
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
            writeContent(xml, text, column, inBook ? BlockAnchors.of(book, column) : null);
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
