package org.columnpress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.columnpress.core.model.Block;
import org.columnpress.core.render.BodyCutter;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Inline;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** How the book XML cuts a very long column into several bodies (page sequences). */
class LongColumnXmlTest {

    private static final String SENTENCE = "De wethouder bewondert het fietspad na lang beraad. ";

    @Test
    void aColumnOfOrdinaryLengthHasOneBody() throws Exception {
        Document xml = write(paragraphs(150, 0)); // 150 paragraphs of ~1,000 characters
        assertThat(xml.getElementsByTagNameNS(BookXmlWriter.NS, "body").getLength()).isEqualTo(1);
    }

    @Test
    void aLongColumnIsCutBeforeHeadingsIntoBodiesOfAtMostTheLimit() throws Exception {
        List<Block> body = paragraphs(600, 40); // ~600,000 characters, a heading every 40 paragraphs
        Document xml = write(body);
        List<Element> bodies = bodies(xml);
        assertThat(bodies).hasSizeBetween(3, 6);
        for (int i = 0; i < bodies.size(); i++) {
            int length = bodies.get(i).getTextContent().length();
            assertThat(length).as("body %d", i).isLessThanOrEqualTo(BodyCutter.LIMIT);
            if (i > 0) {
                assertThat(firstChild(bodies.get(i)).getLocalName()).as("body %d begins with", i).isEqualTo("h");
                assertThat(bodies.get(i - 1).getTextContent().length()).as("body %d", i - 1)
                        .isGreaterThanOrEqualTo(BodyCutter.LIMIT / 2);
            }
        }
        assertThat(squeezed(textOf(bodies))).isEqualTo(squeezed(plainText(body)));
    }

    @Test
    void aParagraphLongerThanTheLimitIsContinuedInTheNextBody() throws Exception {
        Block.Paragraph huge = new Block.Paragraph(List.of(new Inline.Text(SENTENCE.repeat(20_000)))); // 1 MB
        Document xml = write(List.of(TestBooks.p("Vooraf."), huge, TestBooks.p("Achteraf.")));
        List<Element> bodies = bodies(xml);
        assertThat(bodies).hasSizeBetween(5, 7);
        for (int i = 1; i < bodies.size(); i++) {
            Element first = firstChild(bodies.get(i));
            assertThat(first.getLocalName()).isEqualTo("p");
            assertThat(first.getAttribute("continued")).as("body %d goes on with the paragraph", i)
                    .isEqualTo("true");
            assertThat(bodies.get(i - 1).getTextContent().length()).isLessThanOrEqualTo(BodyCutter.LIMIT);
        }
        assertThat(squeezed(textOf(bodies))).isEqualTo(squeezed("Vooraf." + SENTENCE.repeat(20_000) + "Achteraf."));
    }

    private static List<Block> paragraphs(int count, int headingEvery) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (headingEvery > 0 && i > 0 && i % headingEvery == 0) {
                blocks.add(new Block.Heading(2, List.of(new Inline.Text("Deel " + i))));
            }
            blocks.add(TestBooks.p(i + " " + SENTENCE.repeat(19)));
        }
        return blocks;
    }

    private static String plainText(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            text.append(block instanceof Block.Heading h ? Inline.plainText(h.content())
                    : Inline.plainText(((Block.Paragraph) block).content()));
        }
        return text.toString();
    }

    private static Document write(List<Block> body) throws Exception {
        Book book = TestBooks.book("Boek", List.of(TestBooks.column("lang", "Lang", "nl", body)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BookXmlWriter(new RecordingReporter()).write(book, book.columns(), "book", out);
        var schema = SchemaFactory.newDefaultInstance()
                .newSchema(LongColumnXmlTest.class.getResource("/org/columnpress/render/pdf/schema/book.xsd"));
        assertThatCode(() -> schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(out.toByteArray()))))
                .as("valid book XML").doesNotThrowAnyException();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<Element> bodies(Document xml) {
        NodeList nodes = xml.getElementsByTagNameNS(BookXmlWriter.NS, "body");
        List<Element> bodies = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            bodies.add((Element) nodes.item(i));
        }
        return bodies;
    }

    private static String textOf(List<Element> bodies) {
        StringBuilder text = new StringBuilder();
        bodies.forEach(body -> text.append(body.getTextContent()));
        return text.toString();
    }

    /** The text without white space: cuts between parts may fall on a space. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static Element firstChild(Element parent) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        throw new AssertionError("empty " + parent.getLocalName());
    }
}
