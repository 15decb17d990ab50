package org.columnpress.core.render.html;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.columnpress.core.ColumnpressException;

/**
 * A small façade over a StAX writer for the markup of an output (the EPUB's XML documents, the web
 * edition's pages). Every string goes through {@link XmlChars#clean} and the StAX writer's escaping, so
 * source text can never become markup. An output extends it with what only it writes ({@code epub:type},
 * say); the methods return that output's own type, so calls chain.
 *
 * @param <W> the output's own writer
 */
public abstract class MarkupWriter<W extends MarkupWriter<W>> {

    // The JDK's own factory, whatever else is on the class path: the same bytes everywhere.
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final XMLStreamWriter out;
    private final Writer text;
    private final String output;

    /**
     * @param stream the stream written to; left open by {@link #finish()}
     * @param output what is written, for messages: "the EPUB's XML"
     */
    protected MarkupWriter(OutputStream stream, String output) {
        this.output = output;
        // Through a buffered UTF-8 writer: the JDK's StAX writer encodes a stream one character at a time,
        // a writer in blocks (the same bytes, a good part of a large site's time).
        this.text = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 13);
        try {
            this.out = FACTORY.createXMLStreamWriter(text);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** This writer as its own type, for chained calls. */
    @SuppressWarnings("unchecked")
    private W self() {
        return (W) this;
    }

    /**
     * The XML declaration, for an XML document (not an HTML page, where it would be a stray comment).
     *
     * @return this writer
     */
    protected W declaration() {
        return call(() -> {
            out.writeStartDocument("UTF-8", "1.0");
            out.writeCharacters("\n");
        });
    }

    /**
     * {@code <!DOCTYPE html>} and a line break.
     *
     * @return this writer
     */
    protected W doctype() {
        return call(() -> {
            out.writeDTD("<!DOCTYPE html>");
            out.writeCharacters("\n");
        });
    }

    /**
     * Starts an element with attribute name/value pairs; a null value leaves the attribute out.
     *
     * @param name       the element's name
     * @param attributes name, value, name, value ...; an odd last name is ignored
     * @return this writer
     */
    public W start(String name, String... attributes) {
        return call(() -> {
            out.writeStartElement(name);
            attrs(attributes);
        });
    }

    /**
     * Starts an element in a namespace known to the document, such as {@code dc:title}.
     *
     * @param prefix     the namespace's prefix, such as {@code dc}
     * @param namespace  the namespace's URI
     * @param name       the element's local name
     * @param attributes name/value pairs, as in {@link #start}
     * @return this writer
     */
    public W startNs(String prefix, String namespace, String name, String... attributes) {
        return call(() -> {
            out.writeStartElement(prefix, name, namespace);
            attrs(attributes);
        });
    }

    /**
     * Declares a namespace on the element just started.
     *
     * @param prefix the prefix; empty for the default namespace
     * @param uri    the namespace's URI
     * @return this writer
     */
    public W namespace(String prefix, String uri) {
        return call(() -> {
            if (prefix.isEmpty()) {
                out.writeDefaultNamespace(uri);
            } else {
                out.writeNamespace(prefix, uri);
            }
        });
    }

    /**
     * A void element such as {@code <img/>} or {@code <br/>}.
     *
     * @param name       the element's name
     * @param attributes name/value pairs, as in {@link #start}
     * @return this writer
     */
    public W empty(String name, String... attributes) {
        return call(() -> {
            out.writeEmptyElement(name);
            attrs(attributes);
        });
    }

    /**
     * An element holding only text.
     *
     * @param name       the element's name
     * @param text       its text, escaped
     * @param attributes name/value pairs, as in {@link #start}
     * @return this writer
     */
    public W element(String name, String text, String... attributes) {
        return start(name, attributes).text(text).end();
    }

    /**
     * An attribute on the element just started.
     *
     * @param name  the attribute's name
     * @param value its value, escaped; not null
     * @return this writer
     */
    public W attr(String name, String value) {
        return call(() -> out.writeAttribute(name, XmlChars.clean(value)));
    }

    /**
     * An attribute in a namespace declared on the document: {@code xml:lang}, {@code epub:type}.
     *
     * @param prefix    the namespace's prefix
     * @param namespace the namespace's URI
     * @param name      the attribute's local name
     * @param value     its value, escaped
     * @return this writer
     */
    public W attrNs(String prefix, String namespace, String name, String value) {
        return call(() -> out.writeAttribute(prefix, namespace, name, XmlChars.clean(value)));
    }

    /**
     * Text inside the current element; characters XML cannot hold are dropped, the rest escaped.
     *
     * @param text the text
     * @return this writer
     */
    public W text(String text) {
        return call(() -> out.writeCharacters(XmlChars.clean(text)));
    }

    /**
     * Ends the element started last.
     *
     * @return this writer
     */
    public W end() {
        return call(out::writeEndElement);
    }

    /** Closes every open element and the document; the underlying stream stays open. */
    public void finish() {
        call(() -> {
            out.writeEndDocument();
            out.flush();
            out.close();
            try {
                text.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
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

    private W call(XmlAction action) {
        try {
            action.run();
            return self();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    private ColumnpressException failure(XMLStreamException e) {
        return new ColumnpressException("Could not write " + output + ": " + e.getMessage(), e);
    }
}
