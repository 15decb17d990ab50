package org.columnpress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

class FoPartJoinerTest {

    private static final String FO = "http://www.w3.org/1999/XSL/Format";

    @Test
    void laterPartsGiveOnlyTheirPageSequencesAndTheRootIsClosedOnce() throws Exception {
        Element root = join(
                "<fo:root xmlns:fo='" + FO + "'><fo:layout-master-set/>"
                        + "<fo:page-sequence id='front'/></fo:root>",
                "<fo:root xmlns:fo='" + FO + "'><fo:layout-master-set/>text"
                        + "<fo:page-sequence id='col-1'><fo:flow>A</fo:flow></fo:page-sequence></fo:root>",
                "<fo:root xmlns:fo='" + FO + "'><fo:page-sequence id='col-2'/>"
                        + "<fo:page-sequence id='back'/></fo:root>");
        assertThat(root.getLocalName()).isEqualTo("root");
        assertThat(children(root)).containsExactly("layout-master-set", "page-sequence#front",
                "page-sequence#col-1", "page-sequence#col-2", "page-sequence#back");
        assertThat(root.getTextContent()).isEqualTo("A");
    }

    @Test
    void aPrefixALaterPartDeclaredOnItsRootStillMeansTheSameOnItsPageSequences() throws Exception {
        Element root = join(
                "<fo:root xmlns:fo='" + FO + "'><fo:page-sequence id='front'/></fo:root>",
                "<f:root xmlns:f='" + FO + "' xmlns:x='urn:extra'>"
                        + "<f:page-sequence id='col' x:mark='yes'/></f:root>");
        Element column = (Element) root.getLastChild();
        assertThat(column.getNamespaceURI()).isEqualTo(FO);
        assertThat(column.getAttributeNS("urn:extra", "mark")).isEqualTo("yes");
    }

    private static Element join(String... parts) throws Exception {
        SAXTransformerFactory factory = (SAXTransformerFactory) TransformerFactory.newDefaultInstance();
        TransformerHandler serializer = factory.newTransformerHandler();
        StringWriter joined = new StringWriter();
        serializer.setResult(new StreamResult(joined));
        FoPartJoiner joiner = new FoPartJoiner(serializer);
        for (String part : parts) {
            factory.newTransformer().transform(new StreamSource(new StringReader(part)), new SAXResult(joiner));
        }
        joiner.finish();
        DocumentBuilderFactory dom = DocumentBuilderFactory.newDefaultInstance();
        dom.setNamespaceAware(true);
        return dom.newDocumentBuilder().parse(new InputSource(new StringReader(joined.toString())))
                .getDocumentElement();
    }

    private static List<String> children(Element root) {
        List<String> names = new ArrayList<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                String id = element.getAttribute("id");
                names.add(element.getLocalName() + (id.isEmpty() ? "" : "#" + id));
            }
        }
        return names;
    }
}
