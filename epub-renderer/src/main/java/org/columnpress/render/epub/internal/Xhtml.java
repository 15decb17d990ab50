package org.columnpress.render.epub.internal;

import java.io.OutputStream;
import javax.xml.XMLConstants;
import org.columnpress.core.render.html.MarkupWriter;

/**
 * The writer of the XML documents of an EPUB: core's escaping {@link MarkupWriter} with what only the EPUB
 * writes, the XHTML content document's frame, {@code xml:lang} and {@code epub:type}.
 */
final class Xhtml extends MarkupWriter<Xhtml> {

    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    static final String EPUB_NS = "http://www.idpf.org/2007/ops";

    private Xhtml(OutputStream stream) {
        super(stream, "the EPUB's XML");
    }

    /** A writer of a plain XML document (package document, container). The stream is left open. */
    static Xhtml xml(OutputStream stream) {
        return new Xhtml(stream).declaration();
    }

    /**
     * Starts an XHTML content document: {@code <html>} with its language, a head with the title and
     * the style sheet, and an open {@code <body>} marked as the part of the book it belongs to.
     *
     * @param partition front, body or back matter; null for the cover, which is none of them
     */
    static Xhtml document(OutputStream stream, String language, String title, String cssHref, Partition partition) {
        Xhtml x = xml(stream).doctype();
        x.start("html").namespace("", XHTML_NS).namespace("epub", EPUB_NS).lang(language);
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
    }

    /** {@code lang} and {@code xml:lang}, as EPUB 3 asks for both. */
    Xhtml lang(String language) {
        return attr("lang", language).xmlLang(language);
    }

    /** {@code xml:lang} alone, for the package document, which has no {@code lang}. */
    Xhtml xmlLang(String language) {
        return attrNs("xml", XMLConstants.XML_NS_URI, "lang", language);
    }

    /** {@code epub:type}, the EPUB 3 structural semantics. */
    Xhtml epubType(String value) {
        return attrNs("epub", EPUB_NS, "type", value);
    }
}
