package org.columnpress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

class IndexPageListsTest {

    private static final String FO = "xmlns:fo='http://www.w3.org/1999/XSL/Format' "
            + "xmlns:fox='http://xmlgraphics.apache.org/fop/extensions' xmlns:cp='" + IndexPageLists.NS + "'";

    private static String filter(String fo, LaidOutPages pages) throws Exception {
        SAXTransformerFactory factory = (SAXTransformerFactory) TransformerFactory.newDefaultInstance();
        TransformerHandler copy = factory.newTransformerHandler();
        copy.getTransformer().setOutputProperty("omit-xml-declaration", "yes");
        StringWriter out = new StringWriter();
        copy.setResult(new StreamResult(out));
        SAXParserFactory parsers = SAXParserFactory.newDefaultInstance();
        parsers.setNamespaceAware(true);
        XMLReader reader = parsers.newSAXParser().getXMLReader();
        reader.setContentHandler(new IndexPageLists(copy, pages));
        reader.parse(new InputSource(new StringReader(fo)));
        return out.toString();
    }

    private static LaidOutPages pages() {
        LaidOutPages pages = new LaidOutPages(id -> id.startsWith("ix-"));
        pages.laidOut("ix-1", 4, "5");
        pages.laidOut("ix-2", 5, "6");
        pages.laidOut("ix-3", 9, "10");
        pages.laidOut("other", 9, "10");
        return pages;
    }

    @Test
    void thePageListBecomesLinkedPageNumbersAndALaterOccurrenceACitation() throws Exception {
        String fo = filter("<fo:block " + FO + ">Amersfoort, <cp:page-list refs='ix-1 ix-2 ix-3 ix-9' alt='Pagina'/>"
                + "</fo:block>", pages());
        assertThat(fo).doesNotContain("page-list")
                .contains("<fo:basic-link internal-destination=\"ix-1\" fox:alt-text=\"Pagina 5\">5</fo:basic-link>"
                        + "\u2013<fo:basic-link internal-destination=\"ix-2\" fox:alt-text=\"Pagina 6\">6</fo:basic-link>, "
                        + "<fo:basic-link internal-destination=\"ix-3\" fox:alt-text=\"Pagina 10\">10</fo:basic-link>, "
                        + "<fo:basic-link internal-destination=\"ix-9\" fox:alt-text=\"Pagina\">"
                        + "<fo:page-number-citation ref-id=\"ix-9\"/></fo:basic-link></fo:block>");
    }

    @Test
    void withoutLinksThePagesArePlainTextWithTheSeparatorsAsked() throws Exception {
        String fo = filter("<fo:block " + FO + "><cp:page-list refs='ix-1 ix-2 ix-3' links='false' separator='; '"
                + " range-separator='-'/></fo:block>", pages());
        assertThat(fo).endsWith(">5-6; 10</fo:block>");
    }

    @Test
    void anIdThatIsNotAnOccurrenceIsNotKept() {
        assertThat(pages().page("other")).isEmpty();
        assertThat(pages().page("ix-3")).hasValue(new LaidOutPages.Page(9, "10"));
    }
}
