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
 *
 * <p>Columns that follow each other on one page ({@code column.start} continuous) are one page sequence:
 * a page sequence of a later part that comes after the processing instruction {@code columnpress-join}
 * is appended to the page sequence before it when that one came after such an instruction too, its
 * static content dropped and its flow's content added to the open flow (FOP starts every page sequence
 * on a new page). Of the two elements after the processing instruction {@code columnpress-separator},
 * the first (the ornament between two columns) stays only in an appended page sequence, the second (the
 * space above a page sequence's first column) only in one that is not appended.
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
    /** A columnpress-join instruction came before the next page sequence. */
    private boolean joinNext;
    /** The page sequence being forwarded may be joined (it came after columnpress-join). */
    private boolean joinable;
    /** The page sequence being read is appended to the open one: only its flow's content goes through. */
    private boolean joining;
    private boolean inFlow;
    /** The ends of the last joinable page sequence (its flow, itself), and its prefixes, held back. */
    private final List<String[]> heldEnds = new ArrayList<>();
    private final List<String> heldPrefixes = new ArrayList<>();
    /** Elements after columnpress-separator still to decide on (2, 1, 0), whether to drop the next one,
        and the depth inside an element being left out. */
    private int separatorElements;
    private int separatorDepth;
    private boolean dropNext;
    private int dropDepth;

    FoPartJoiner(ContentHandler next) {
        setContentHandler(next);
    }

    /** Ends the joined document, once every part has been transformed into this joiner. */
    void finish() throws SAXException {
        if (rootEnd == null) {
            throw new SAXException("The first part of the FO document has no root element");
        }
        release();
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

    /** Ends the held-back page sequence, if any. */
    private void release() throws SAXException {
        for (String[] end : heldEnds) {
            super.endElement(end[0], end[1], end[2]);
        }
        for (String prefix : heldPrefixes) {
            super.endPrefixMapping(prefix);
        }
        heldEnds.clear();
        heldPrefixes.clear();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        depth++;
        if (forwarding && !first()) {
            if (dropDepth == 0 && separatorElements > 0 && depth == separatorDepth) {
                // The first is kept where this sequence is appended, the second where it is not.
                dropNext = (separatorElements == 2) != joining;
                separatorElements--;
            }
            if (dropDepth > 0 || dropNext) {
                dropDepth++;
                dropNext = false;
                return;
            }
            if (depth == 3 && FO.equals(uri) && "flow".equals(localName)) {
                inFlow = true;
                if (joining) {
                    return;
                }
            } else if (joining && (depth == 3 || !inFlow)) {
                dropDepth = 1; // the appended sequence's static content
                return;
            }
            super.startElement(uri, localName, qName, atts);
        } else if (first()) {
            super.startElement(uri, localName, qName, atts);
        } else if (depth == 1) {
            rootPrefixes.clear();
            rootPrefixes.putAll(pendingPrefixes);
        } else if (depth == 2 && FO.equals(uri) && "page-sequence".equals(localName)) {
            boolean join = joinNext;
            joinNext = false;
            inFlow = false;
            if (join && !heldEnds.isEmpty()) {
                joining = true;
                forwarding = true;
                pendingPrefixes.clear();
                return;
            }
            release();
            joinable = join;
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
            if (dropDepth > 0) {
                dropDepth--;
            } else if (depth == 2 && FO.equals(uri) && "flow".equals(localName)) {
                inFlow = false;
                if (joinable && !joining) {
                    heldEnds.add(new String[] {uri, localName, qName});
                } else if (!joining) {
                    super.endElement(uri, localName, qName);
                }
            } else if (depth == 1) {
                forwarding = false;
                if (joining) {
                    joining = false;
                } else if (joinable) {
                    heldEnds.add(new String[] {uri, localName, qName});
                    heldPrefixes.addAll(declaredForSequence);
                    joinable = false;
                } else {
                    super.endElement(uri, localName, qName);
                    for (String prefix : declaredForSequence) {
                        super.endPrefixMapping(prefix);
                    }
                }
            } else {
                super.endElement(uri, localName, qName);
            }
        }
    }

    /** Text and the like go through in the first part, and in a forwarded page sequence where it passes. */
    private boolean through() {
        return first() || forwarding && dropDepth == 0 && (!joining || inFlow);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (through()) {
            super.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (through()) {
            super.ignorableWhitespace(ch, start, length);
        }
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        if (!first() && "columnpress-join".equals(target)) {
            joinNext = true;
        } else if (!first() && "columnpress-separator".equals(target)) {
            separatorElements = forwarding ? 2 : 0;
            separatorDepth = depth + 1;
        } else if (through()) {
            super.processingInstruction(target, data);
        }
    }
}
