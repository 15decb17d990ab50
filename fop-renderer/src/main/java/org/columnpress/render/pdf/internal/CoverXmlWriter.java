package org.columnpress.render.pdf.internal;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.Reporter;
import org.columnpress.core.model.Book;

/**
 * Writes the cover XML that {@code cover.xsl} reads: root {@code cover} in the book namespace, the book's
 * {@code meta} (as in the book XML), the front image with its pixel size, the blurb and bio as blocks (as
 * in a column's body), the price, and the barcode as bars counted in modules, so that a stylesheet draws
 * it without knowing how EAN-13 encodes.
 */
final class CoverXmlWriter {

    private static final String NS = BookXmlWriter.NS;
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final Reporter reporter;

    CoverXmlWriter(Reporter reporter) {
        this.reporter = reporter;
    }

    /**
     * @param frontImage the front image with its size in pixels, or empty for a typographic front
     * @param barcode    the barcode to draw, or empty when we print none
     */
    void write(Book book, CoverText text, Optional<FrontImage> frontImage, Optional<IsbnBarcode> barcode,
            OutputStream out) {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "cover");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("xml", XML_NS, "lang", book.language());
            BookXmlWriter.writeMeta(xml, book);
            if (frontImage.isPresent()) {
                xml.writeEmptyElement(NS, "front-image");
                xml.writeAttribute("src", frontImage.get().file().toUri().toString());
                xml.writeAttribute("width", Integer.toString(frontImage.get().width()));
                xml.writeAttribute("height", Integer.toString(frontImage.get().height()));
            }
            XmlText chars = new XmlText(xml, reporter, text.blurbFile().orElse(null));
            BlockXmlWriter blocks = new BlockXmlWriter(xml, chars, java.util.function.UnaryOperator.identity());
            if (!text.blurb().isEmpty()) {
                blocks.container("blurb", text.blurb());
            }
            if (!text.bio().isEmpty()) {
                blocks.container("bio", text.bio());
            }
            chars.element("price", text.price());
            if (barcode.isPresent()) {
                writeBarcode(xml, barcode.get());
            }
            chars.reportDropped();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new ColumnpressException("Cannot write the cover XML for '" + book.title() + "': " + e, e);
        }
    }

    /**
     * {@code barcode}: {@code digits} (the 13: an ISBN-10 is printed as its ISBN-13), {@code modules} (95);
     * each {@code bar} with {@code x} and {@code w} in modules and {@code guard="true"} for the longer guard
     * bars; an {@code add-on} with {@code digits}, {@code modules} (47) and bars of its own.
     */
    private static void writeBarcode(XMLStreamWriter xml, IsbnBarcode barcode) throws XMLStreamException {
        xml.writeStartElement(NS, "barcode");
        xml.writeAttribute("digits", barcode.digits());
        String modules = barcode.modules();
        xml.writeAttribute("modules", Integer.toString(modules.length()));
        for (IsbnBarcode.Bar bar : IsbnBarcode.bars(modules)) {
            xml.writeEmptyElement(NS, "bar");
            xml.writeAttribute("x", Integer.toString(bar.start()));
            xml.writeAttribute("w", Integer.toString(bar.width()));
            if (IsbnBarcode.isGuard(bar.start())) {
                xml.writeAttribute("guard", "true");
            }
        }
        if (barcode.addOn().isPresent()) {
            String addOn = barcode.addOnModules().orElseThrow();
            xml.writeStartElement(NS, "add-on");
            xml.writeAttribute("digits", barcode.addOn().get());
            xml.writeAttribute("modules", Integer.toString(addOn.length()));
            for (IsbnBarcode.Bar bar : IsbnBarcode.bars(addOn)) {
                xml.writeEmptyElement(NS, "bar");
                xml.writeAttribute("x", Integer.toString(bar.start()));
                xml.writeAttribute("w", Integer.toString(bar.width()));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** The front image and its size in pixels, as its header gives them. */
    record FrontImage(Path file, int width, int height) {
    }
}
