package org.columnpress.render.pdf.internal;

import java.util.Arrays;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Fills in the index's page numbers, which FOP 2.11 cannot (it has none of XSL 1.1's index objects:
 * {@code index-key} and {@code fo:index-page-citation-list} are rejected as invalid). The stylesheet writes
 * an element {@code <cp:page-list refs="ix-de-trein-1 ix-de-trein-7 …"/>} (namespace {@link #NS}) where a term's pages go;
 * this filter, right in front of FOP, replaces it with the pages those occurrences start on, each page once,
 * consecutive pages as a range ({@link PageRanges}), each number a link to the first occurrence on its page.
 * The index follows the pages it cites, and FOP lays out each page sequence as soon as it has read it, so
 * by the time the index reaches this filter every page it cites is known ({@link LaidOutPages}). An
 * occurrence printed after the index (in the matter after it) becomes an {@code fo:page-number-citation},
 * which FOP resolves later.
 *
 * <p>Attributes: {@code refs} (required), {@code links} ({@code true}, or {@code false} for plain numbers),
 * {@code separator} (", "), {@code range-separator} ("–"), {@code alt} (the word before the number in each
 * link's alternative text, for PDF/UA: "Page").
 */
final class IndexPageLists extends XMLFilterImpl {

    /** The namespace of Columnpress's own FO extension elements. */
    static final String NS = "https://columnpress.org/ns/fo/1";
    private static final String FO = "http://www.w3.org/1999/XSL/Format";
    private static final String FOX = "http://xmlgraphics.apache.org/fop/extensions";

    private final LaidOutPages pages;
    /** Inside one of our elements: its depth, so that its content (there should be none) is dropped. */
    private int inside;

    IndexPageLists(ContentHandler fop, LaidOutPages pages) {
        this.pages = pages;
        setContentHandler(fop);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (inside > 0) {
            inside++;
        } else if (NS.equals(uri) && "page-list".equals(localName)) {
            inside = 1;
            write(atts);
        } else {
            super.startElement(uri, localName, qName, atts);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (inside > 0) {
            inside--;
        } else {
            super.endElement(uri, localName, qName);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inside == 0) {
            super.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (inside == 0) {
            super.ignorableWhitespace(ch, start, length);
        }
    }

    private void write(Attributes atts) throws SAXException {
        String refs = value(atts, "refs", "").trim();
        List<String> ids = refs.isEmpty() ? List.of() : Arrays.asList(refs.split("\\s+"));
        boolean links = !"false".equals(value(atts, "links", "true"));
        String separator = value(atts, "separator", ", ");
        String rangeSeparator = value(atts, "range-separator", "\u2013");
        String alt = value(atts, "alt", "");
        boolean firstItem = true;
        for (PageRanges.Item item : PageRanges.of(ids, pages::page)) {
            if (!firstItem) {
                text(separator);
            }
            firstItem = false;
            if (item instanceof PageRanges.Range range) {
                page(range.first(), links, alt);
                if (!range.single()) {
                    text(rangeSeparator);
                    page(range.last(), links, alt);
                }
            } else if (item instanceof PageRanges.Later later) {
                startLink(later.ref(), links, alt);
                AttributesImpl citation = new AttributesImpl();
                citation.addAttribute("", "ref-id", "ref-id", "CDATA", later.ref());
                super.startElement(FO, "page-number-citation", "fo:page-number-citation", citation);
                super.endElement(FO, "page-number-citation", "fo:page-number-citation");
                endLink(links);
            } else {
                throw new IllegalStateException("Unknown page list item " + item);
            }
        }
    }

    private void page(PageRanges.Cited cited, boolean links, String alt) throws SAXException {
        startLink(cited.ref(), links, alt.isEmpty() ? cited.page().label() : alt + " " + cited.page().label());
        text(cited.page().label());
        endLink(links);
    }

    private void startLink(String ref, boolean links, String altText) throws SAXException {
        if (links) {
            AttributesImpl link = new AttributesImpl();
            link.addAttribute("", "internal-destination", "internal-destination", "CDATA", ref);
            if (!altText.isEmpty()) {
                link.addAttribute(FOX, "alt-text", "fox:alt-text", "CDATA", altText);
            }
            super.startElement(FO, "basic-link", "fo:basic-link", link);
        }
    }

    private void endLink(boolean links) throws SAXException {
        if (links) {
            super.endElement(FO, "basic-link", "fo:basic-link");
        }
    }

    private void text(String text) throws SAXException {
        super.characters(text.toCharArray(), 0, text.length());
    }

    private static String value(Attributes atts, String name, String otherwise) {
        String value = atts.getValue("", name);
        return value != null ? value : otherwise;
    }
}
