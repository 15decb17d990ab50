package org.columnpress.render.epub.internal;

import java.io.OutputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.columnpress.core.ColumnpressException;

/**
 * A small façade over a StAX writer for the XML documents of an EPUB. Every string goes through
 * {@link XmlChars#clean} and the StAX writer's escaping, so source text can never become markup.
 */
final class Xhtml {

    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    static final String EPUB_NS = "http://www.idpf.org/2007/ops";

    // The JDK's own factory, whatever else is on the class path: the same bytes everywhere.
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final XMLStreamWriter out;

    private Xhtml(XMLStreamWriter out) {
        this.out = out;
    }

    /** A writer of a plain XML document (package document, container). The stream is left open. */
    static Xhtml xml(OutputStream stream) {
        try {
            Xhtml x = new Xhtml(FACTORY.createXMLStreamWriter(stream, "UTF-8"));
            x.out.writeStartDocument("UTF-8", "1.0");
            x.out.writeCharacters("\n");
            return x;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /**
     * Starts an XHTML content document: {@code <html>} with its language, a head with the title and
     * the style sheet, and an open {@code <body>} marked as the part of the book it belongs to.
     *
     * @param partition front, body or back matter; null for the cover, which is none of them
     */
    static Xhtml document(OutputStream stream, String language, String title, String cssHref, Partition partition) {
        Xhtml x = xml(stream);
        try {
            x.out.writeDTD("<!DOCTYPE html>");
            x.out.writeCharacters("\n");
            x.out.writeStartElement("html");
            x.out.writeDefaultNamespace(XHTML_NS);
            x.out.writeNamespace("epub", EPUB_NS);
            x.lang(language);
            x.start("head");
            x.empty("meta", "charset", "utf-8");
            x.element("title", title);
            x.empty("link", "rel", "stylesheet", "type", "text/css", "href", cssHref);
            x.end();
            x.start("body");
            if (partition != null) {
                x.epubType(partition.epubType);
            }
            return x;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** Starts an element with attribute name/value pairs; a null value leaves the attribute out. */
    Xhtml start(String name, String... attributes) {
        return call(() -> {
            out.writeStartElement(name);
            attrs(attributes);
        });
    }

    /** Starts an element in a namespace known to the document, such as {@code dc:title}. */
    Xhtml startNs(String prefix, String namespace, String name, String... attributes) {
        return call(() -> {
            out.writeStartElement(prefix, name, namespace);
            attrs(attributes);
        });
    }

    /** Declares a namespace on the element just started. */
    Xhtml namespace(String prefix, String uri) {
        return call(() -> {
            if (prefix.isEmpty()) {
                out.writeDefaultNamespace(uri);
            } else {
                out.writeNamespace(prefix, uri);
            }
        });
    }

    /** A void element such as {@code <img/>} or {@code <br/>}. */
    Xhtml empty(String name, String... attributes) {
        return call(() -> {
            out.writeEmptyElement(name);
            attrs(attributes);
        });
    }

    /** An element holding only text. */
    Xhtml element(String name, String text, String... attributes) {
        return start(name, attributes).text(text).end();
    }

    Xhtml attr(String name, String value) {
        return call(() -> {
            out.writeAttribute(name, XmlChars.clean(value));
        });
    }

    /** {@code lang} and {@code xml:lang}, as EPUB 3 asks for both. */
    Xhtml lang(String language) {
        return call(() -> {
            out.writeAttribute("lang", XmlChars.clean(language));
            out.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", XmlChars.clean(language));
        });
    }

    /** {@code xml:lang} alone, for the package document, which has no {@code lang}. */
    Xhtml xmlLang(String language) {
        return call(() -> {
            out.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", XmlChars.clean(language));
        });
    }

    /** {@code epub:type}, the EPUB 3 structural semantics. */
    Xhtml epubType(String value) {
        return call(() -> {
            out.writeAttribute("epub", EPUB_NS, "type", value);
        });
    }

    Xhtml text(String text) {
        return call(() -> {
            out.writeCharacters(XmlChars.clean(text));
        });
    }

    Xhtml end() {
        return call(() -> {
            out.writeEndElement();
        });
    }

    /** Closes every open element and the document; the underlying stream stays open. */
    void finish() {
        try {
            out.writeEndDocument();
            out.flush();
            out.close();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    private void attrs(String... attributes) throws XMLStreamException {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.writeAttribute(attributes[i], XmlChars.clean(attributes[i + 1]));
            }
        }
    }

    /** A StAX call; its checked exception becomes ours, with the cause kept. */
    private interface XmlAction {
        void run() throws XMLStreamException;
    }

    private Xhtml call(XmlAction action) {
        try {
            action.run();
            return this;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    private static ColumnpressException failure(XMLStreamException e) {
        return new ColumnpressException("Could not write the EPUB's XML: " + e.getMessage(), e);
    }
}
