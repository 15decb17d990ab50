package org.columnpress.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Ends the FO so that the page count is even, or even with a blank last page (a printer's rule, see
 * {@link PrintLayout.PageCount}), whatever stylesheet made it. XSL-FO pads a page sequence to an even last
 * page number with {@code force-page-count="end-on-even"}, and the book's pages are numbered from 1 on its
 * first page, so the number is the count. That must go on the <em>last</em> page sequence, which is only
 * known when the root ends: each top-level page sequence is held back until the next one starts (FOP lays a
 * sequence out only when it has read all of it anyway). For a blank last page, a one-page sequence on the
 * page master {@code title} (no running head, no folio) is added after it instead, and padded alike.
 * The blank pages FOP adds take the {@code blank} master of their sequence: no running head, no folio.
 */
final class PagePadding extends XMLFilterImpl {

    private static final String FO = "http://www.w3.org/1999/XSL/Format";

    @FunctionalInterface
    private interface Event {
        void replay(ContentHandler to) throws SAXException;
    }

    private final boolean blankLast;
    private List<Event> held;
    private int depth;

    /** @param blankLast whether a blank page is added, then the count made even; else only made even */
    PagePadding(ContentHandler fop, boolean blankLast) {
        this.blankLast = blankLast;
        setContentHandler(fop);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        depth++;
        if (!blankLast && depth == 2 && FO.equals(uri) && "page-sequence".equals(localName)) {
            release();
            held = new ArrayList<>();
        }
        if (held != null) {
            AttributesImpl copy = new AttributesImpl(atts);
            held.add(to -> to.startElement(uri, localName, qName, copy));
        } else {
            super.startElement(uri, localName, qName, atts);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (depth-- == 1) { // the root ends
            if (blankLast) {
                blankPageSequence(qName.contains(":") ? qName.substring(0, qName.indexOf(':') + 1) : "");
            } else if (held != null) {
                endOnEven(held);
                release();
            }
            super.endElement(uri, localName, qName);
        } else if (held != null) {
            held.add(to -> to.endElement(uri, localName, qName));
        } else {
            super.endElement(uri, localName, qName);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (held != null) {
            char[] copy = java.util.Arrays.copyOfRange(ch, start, start + length);
            held.add(to -> to.characters(copy, 0, copy.length));
        } else {
            super.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (held != null) {
            char[] copy = java.util.Arrays.copyOfRange(ch, start, start + length);
            held.add(to -> to.ignorableWhitespace(copy, 0, copy.length));
        } else {
            super.ignorableWhitespace(ch, start, length);
        }
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        if (held != null) {
            held.add(to -> to.startPrefixMapping(prefix, uri));
        } else {
            super.startPrefixMapping(prefix, uri);
        }
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        if (held != null) {
            held.add(to -> to.endPrefixMapping(prefix));
        } else {
            super.endPrefixMapping(prefix);
        }
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        if (held != null) {
            held.add(to -> to.processingInstruction(target, data));
        } else {
            super.processingInstruction(target, data);
        }
    }

    /** Passes the held page sequence on as it came. */
    private void release() throws SAXException {
        if (held != null) {
            List<Event> events = held;
            held = null;
            for (Event event : events) {
                event.replay(getContentHandler());
            }
        }
    }

    /** The held sequence's start, with force-page-count="end-on-even" (replacing any it had). */
    private static void endOnEven(List<Event> events) {
        Event start = events.get(0);
        events.set(0, to -> start.replay(new XMLFilterImpl() {
            {
                setContentHandler(to);
            }

            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts)
                    throws SAXException {
                AttributesImpl padded = new AttributesImpl(atts);
                int at = padded.getIndex("", "force-page-count");
                if (at >= 0) {
                    padded.removeAttribute(at);
                }
                padded.addAttribute("", "force-page-count", "force-page-count", "CDATA", "end-on-even");
                super.startElement(uri, localName, qName, padded);
            }
        }));
    }

    private void blankPageSequence(String prefix) throws SAXException {
        AttributesImpl sequence = new AttributesImpl();
        sequence.addAttribute("", "master-reference", "master-reference", "CDATA", "title");
        sequence.addAttribute("", "id", "id", "CDATA", "seq-blank-last");
        sequence.addAttribute("", "force-page-count", "force-page-count", "CDATA", "end-on-even");
        AttributesImpl flow = new AttributesImpl();
        flow.addAttribute("", "flow-name", "flow-name", "CDATA", "xsl-region-body");
        ContentHandler out = getContentHandler();
        out.startElement(FO, "page-sequence", prefix + "page-sequence", sequence);
        out.startElement(FO, "flow", prefix + "flow", flow);
        out.startElement(FO, "block", prefix + "block", new AttributesImpl());
        out.endElement(FO, "block", prefix + "block");
        out.endElement(FO, "flow", prefix + "flow");
        out.endElement(FO, "page-sequence", prefix + "page-sequence");
    }
}
