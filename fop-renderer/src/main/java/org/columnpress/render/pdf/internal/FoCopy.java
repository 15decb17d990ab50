package org.columnpress.render.pdf.internal;

import java.io.OutputStream;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Passes the FO on to FOP and writes the same events to a file: the debug FO is then exactly what FOP read
 * (the streamed parts, joined), never the output of another transformation that might differ from it.
 */
final class FoCopy extends XMLFilterImpl {

    private final TransformerHandler copy;

    /** @param out where the copy is written (the caller closes it after the document ends) */
    FoCopy(ContentHandler fop, OutputStream out) throws TransformerConfigurationException {
        setContentHandler(fop);
        copy = ((SAXTransformerFactory) Stylesheets.factory()).newTransformerHandler();
        copy.setResult(new StreamResult(out));
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        copy.setDocumentLocator(locator);
        super.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() throws SAXException {
        copy.startDocument();
        super.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
        copy.endDocument();
        super.endDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        copy.startPrefixMapping(prefix, uri);
        super.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        copy.endPrefixMapping(prefix);
        super.endPrefixMapping(prefix);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        copy.startElement(uri, localName, qName, atts);
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        copy.endElement(uri, localName, qName);
        super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        copy.characters(ch, start, length);
        super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        copy.ignorableWhitespace(ch, start, length);
        super.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        copy.processingInstruction(target, data);
        super.processingInstruction(target, data);
    }
}
