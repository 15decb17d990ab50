package org.columnpress.render.pdf.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Joins the FO documents of several transformations into one document for FOP. The first part goes
 * through whole except the end of its fo:root; of every later part only the fo:page-sequence children
 * of its root go through; {@link #finish()} closes the root. Namespace prefixes a later part declared
 * on its own root are declared again on each page sequence taken from it where the first part's root
 * did not declare them alike, so FOP sees a consistent document.
 */
final class FoPartJoiner extends XMLFilterImpl {

    private static final String FO = "http://www.w3.org/1999/XSL/Format";

    private int part;
    private int depth;
    /** Inside a page sequence taken from a later part. */
    private boolean forwarding;
    private final Map<String, String> firstRootPrefixes = new HashMap<>();
    private final Map<String, String> rootPrefixes = new HashMap<>();
    private final Map<String, String> pendingPrefixes = new HashMap<>();
    private final List<String> declaredForSequence = new ArrayList<>();
    private String[] rootEnd;
    private final List<String> rootEndPrefixes = new ArrayList<>();

    FoPartJoiner(ContentHandler next) {
        setContentHandler(next);
    }

    /** Ends the joined document, once every part has been transformed into this joiner. */
    void finish() throws SAXException {
        if (rootEnd == null) {
            throw new SAXException("The first part of the FO document has no root element");
        }
        super.endElement(rootEnd[0], rootEnd[1], rootEnd[2]);
        for (String prefix : rootEndPrefixes) {
            super.endPrefixMapping(prefix);
        }
        super.endDocument();
    }

    private boolean first() {
        return part == 1;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        if (part == 0) {
            super.setDocumentLocator(locator);
        }
    }

    @Override
    public void startDocument() throws SAXException {
        part++;
        depth = 0;
        if (first()) {
            super.startDocument();
        }
    }

    @Override
    public void endDocument() {
        // The joined document ends in finish().
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        if (first() && depth == 0) {
            firstRootPrefixes.put(prefix, uri);
        }
        if (first() || forwarding) {
            super.startPrefixMapping(prefix, uri);
        } else {
            pendingPrefixes.put(prefix, uri);
        }
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        if (first() && depth == 0 && rootEnd != null) {
            rootEndPrefixes.add(prefix);
        } else if (first() || forwarding) {
            super.endPrefixMapping(prefix);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        depth++;
        if (first() || forwarding) {
            super.startElement(uri, localName, qName, atts);
        } else if (depth == 1) {
            rootPrefixes.clear();
            rootPrefixes.putAll(pendingPrefixes);
        } else if (depth == 2 && FO.equals(uri) && "page-sequence".equals(localName)) {
            Map<String, String> declare = new HashMap<>(rootPrefixes);
            declare.entrySet().removeIf(e -> e.getValue().equals(firstRootPrefixes.get(e.getKey())));
            declare.putAll(pendingPrefixes);
            declaredForSequence.clear();
            for (Map.Entry<String, String> mapping : declare.entrySet()) {
                super.startPrefixMapping(mapping.getKey(), mapping.getValue());
                declaredForSequence.add(mapping.getKey());
            }
            forwarding = true;
            super.startElement(uri, localName, qName, atts);
        }
        pendingPrefixes.clear();
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        depth--;
        if (first()) {
            if (depth == 0) {
                rootEnd = new String[] {uri, localName, qName};
            } else {
                super.endElement(uri, localName, qName);
            }
        } else if (forwarding) {
            super.endElement(uri, localName, qName);
            if (depth == 1) {
                forwarding = false;
                for (String prefix : declaredForSequence) {
                    super.endPrefixMapping(prefix);
                }
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (first() || forwarding) {
            super.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (first() || forwarding) {
            super.ignorableWhitespace(ch, start, length);
        }
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        if (first() || forwarding) {
            super.processingInstruction(target, data);
        }
    }
}
