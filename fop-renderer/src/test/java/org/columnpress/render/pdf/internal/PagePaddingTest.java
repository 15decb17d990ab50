package org.columnpress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/** The FO that reaches FOP when a printer wants an even page count, or a blank last page too. */
class PagePaddingTest {

    private static final String FO = """
            <fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format"><fo:layout-master-set/>\
            <fo:page-sequence master-reference="chapter" id="a"><fo:flow flow-name="xsl-region-body">\
            <fo:block>A &amp; B</fo:block></fo:flow></fo:page-sequence>\
            <fo:page-sequence master-reference="chapter" id="b" force-page-count="no-force">\
            <fo:flow flow-name="xsl-region-body"><fo:block>C</fo:block></fo:flow></fo:page-sequence></fo:root>""";

    @Test
    void anEvenCountPadsTheLastPageSequenceOnlyReplacingWhatItHad() throws Exception {
        String out = filter(false);
        assertThat(out).contains("<fo:page-sequence master-reference=\"chapter\" id=\"a\"><fo:flow")
                .contains("id=\"b\" force-page-count=\"end-on-even\"").doesNotContain("no-force")
                .contains("<fo:block>A &amp; B</fo:block>").endsWith("</fo:page-sequence></fo:root>");
    }

    @Test
    void aBlankLastPageIsAPageSequenceOfItsOwnWithoutRunningHeadsPaddedToEven() throws Exception {
        String out = filter(true);
        assertThat(out).contains("id=\"b\" force-page-count=\"no-force\"")
                .endsWith("<fo:page-sequence master-reference=\"title\" id=\"seq-blank-last\""
                        + " force-page-count=\"end-on-even\"><fo:flow flow-name=\"xsl-region-body\"><fo:block/>"
                        + "</fo:flow></fo:page-sequence></fo:root>");
    }

    private static String filter(boolean blankLast) throws Exception {
        SAXTransformerFactory factory = (SAXTransformerFactory) new net.sf.saxon.TransformerFactoryImpl();
        TransformerHandler serializer = factory.newTransformerHandler();
        serializer.getTransformer().setOutputProperty("omit-xml-declaration", "yes");
        StringWriter text = new StringWriter();
        serializer.setResult(new StreamResult(text));
        SAXParserFactory parsers = SAXParserFactory.newInstance();
        parsers.setNamespaceAware(true);
        XMLReader reader = parsers.newSAXParser().getXMLReader();
        reader.setContentHandler(new PagePadding(serializer, blankLast));
        reader.parse(new InputSource(new StringReader(FO)));
        return text.toString();
    }
}
