package org.columnpress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.TransformerException;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

class SaxPipeTest {

    /** Writes what it gets as text, to compare the order and content of the calls. */
    static final class Log extends DefaultHandler {
        final List<String> calls = new ArrayList<>();

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            calls.add("<" + localName + (atts.getLength() > 0 ? " " + atts.getLocalName(0) + "=" + atts.getValue(0) : "") + ">");
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            calls.add("</" + localName + ">");
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            calls.add(new String(ch, start, length));
        }
    }

    private static void element(ContentHandler to, String name, String text, int n) throws TransformerException {
        try {
            AttributesImpl atts = new AttributesImpl();
            atts.addAttribute("", "n", "n", "CDATA", String.valueOf(n));
            to.startElement("", name, name, atts);
            char[] buffer = ("xx" + text + "yy").toCharArray();
            to.characters(buffer, 2, text.length()); // a slice of a buffer the producer goes on to reuse
            to.endElement("", name, name);
        } catch (SAXException e) {
            throw new TransformerException(e);
        }
    }

    @Test
    void everyCallArrivesInOrderAcrossManyBatches() throws Exception {
        Log log = new Log();
        SaxPipe.run(fo -> {
            for (int i = 0; i < 5_000; i++) {
                element(fo, "p", "text " + i, i);
            }
        }, log);
        assertThat(log.calls).hasSize(15_000);
        assertThat(log.calls.subList(0, 3)).containsExactly("<p n=0>", "text 0", "</p>");
        assertThat(log.calls.subList(14_997, 15_000)).containsExactly("<p n=4999>", "text 4999", "</p>");
    }

    @Test
    void aTransformationErrorArrivesAfterEverythingWrittenBeforeIt() {
        Log log = new Log();
        assertThatThrownBy(() -> SaxPipe.run(fo -> {
            for (int i = 0; i < 3_000; i++) {
                element(fo, "p", "ok", i);
            }
            throw new TransformerException("the stylesheet failed in column 3000");
        }, log)).isInstanceOf(TransformerException.class).hasMessage("the stylesheet failed in column 3000");
        assertThat(log.calls).hasSize(9_000); // FOP read all of it first, so the column is named right
    }

    @Test
    void aFopErrorStopsTheTransformationAndArrivesAsATransformerException() {
        Thread[] producer = new Thread[1];
        DefaultHandler failing = new DefaultHandler() {
            int elements;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
                if (++elements == 10_000) {
                    throw new SAXException("FOP: the content does not fit");
                }
            }
        };
        assertThatThrownBy(() -> SaxPipe.run(fo -> {
            producer[0] = Thread.currentThread();
            for (int i = 0; ; i++) { // would never end unless the pipe stops it
                element(fo, "p", "more", i);
            }
        }, failing)).isInstanceOf(TransformerException.class).hasMessageContaining("the content does not fit");
        assertThat(producer[0].isAlive()).isFalse();
    }

    @Test
    void aRuntimeExceptionOfTheTransformationIsThrownAsItIs() {
        assertThatThrownBy(() -> SaxPipe.run(fo -> {
            throw new IllegalStateException("book XML writer failed");
        }, new Log())).isInstanceOf(IllegalStateException.class).hasMessage("book XML writer failed");
    }
}
