package org.columnpress.render.pdf.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.xml.transform.TransformerException;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Runs the transformation to FO on a thread of its own and hands what it writes to FOP on the caller's
 * thread, in batches. Saxon-HE's XSLT costs about a third of FOP's layout time; on a second core it
 * overlaps the layout instead of adding to it, so the book PDF takes about as long as FOP alone
 * (the benchmark's "pipeline ÷ floor"). A bounded queue keeps the transformation at most a few thousand
 * events ahead of FOP, so memory stays what it was.
 *
 * <p>Errors keep their meaning: an error of the transformation reaches the caller after FOP has read
 * everything written before it (so {@link ColumnTracker} names the column it happened in); an error of
 * FOP stops the transformation and reaches the caller as a {@link TransformerException}, as it did when
 * the XSLT processor called FOP itself. The document locator is not passed on: it would be read on the
 * other thread while the transformation moves it.
 */
final class SaxPipe {

    /** Writes the FO into the handler it is given, on the pipe's own thread. */
    @FunctionalInterface
    interface Producer {
        void writeTo(ContentHandler fo) throws TransformerException;
    }

    private static final int BATCH = 2048;
    private static final int BATCHES_AHEAD = 8;
    /** Put after the last batch: the transformation ended, with {@code failure} null or what went wrong. */
    private record End(Throwable failure) {
    }

    private SaxPipe() {
    }

    static void run(Producer producer, ContentHandler fop) throws TransformerException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        Thread thread = new Thread(() -> produce(producer, queue), "columnpress-xslt");
        thread.setDaemon(true);
        thread.start();
        boolean finished = false;
        try {
            End end = consume(queue, fop);
            finished = true;
            rethrow(end.failure());
        } catch (SAXException e) {
            throw new TransformerException(e);
        } finally {
            if (!finished) {
                thread.interrupt(); // FOP failed: stop the transformation, which waits to hand over a batch
            }
            joinQuietly(thread);
        }
    }

    private static void produce(Producer producer, BlockingQueue<Object> queue) {
        Recorder recorder = new Recorder(queue);
        Throwable failure = null;
        try {
            producer.writeTo(recorder);
            recorder.flush();
        } catch (Throwable t) { // handed to the caller's thread, which throws it there
            failure = t;
            try {
                recorder.flush();
            } catch (SAXException stopped) {
                return; // the caller has stopped reading
            }
        }
        try {
            queue.put(new End(failure));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static End consume(BlockingQueue<Object> queue, ContentHandler fop) throws SAXException {
        while (true) {
            Object next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SAXException("Interrupted while waiting for the FO", e);
            }
            if (next instanceof End end) {
                return end;
            }
            for (Event event : (Event[]) next) {
                event.replay(fop);
            }
        }
    }

    private static void rethrow(Throwable failure) throws TransformerException {
        if (failure == null) {
            return;
        }
        if (failure instanceof TransformerException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new TransformerException(failure);
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One SAX call, kept to be made again on FOP's thread. */
    private interface Event {
        void replay(ContentHandler to) throws SAXException;
    }

    private record StartElement(String uri, String localName, String qName, Attributes atts) implements Event {
        @Override
        public void replay(ContentHandler to) throws SAXException {
            to.startElement(uri, localName, qName, atts);
        }
    }

    private record EndElement(String uri, String localName, String qName) implements Event {
        @Override
        public void replay(ContentHandler to) throws SAXException {
            to.endElement(uri, localName, qName);
        }
    }

    private record Characters(char[] text, boolean ignorable) implements Event {
        @Override
        public void replay(ContentHandler to) throws SAXException {
            if (ignorable) {
                to.ignorableWhitespace(text, 0, text.length);
            } else {
                to.characters(text, 0, text.length);
            }
        }
    }

    private record PrefixMapping(String prefix, String uri) implements Event {
        @Override
        public void replay(ContentHandler to) throws SAXException {
            if (uri == null) {
                to.endPrefixMapping(prefix);
            } else {
                to.startPrefixMapping(prefix, uri);
            }
        }
    }

    private record ProcessingInstruction(String target, String data) implements Event {
        @Override
        public void replay(ContentHandler to) throws SAXException {
            to.processingInstruction(target, data);
        }
    }

    private record Document(boolean start) implements Event {
        @Override
        public void replay(ContentHandler to) throws SAXException {
            if (start) {
                to.startDocument();
            } else {
                to.endDocument();
            }
        }
    }

    /** The transformation's end of the pipe: copies each call and hands them over a batch at a time. */
    private static final class Recorder implements ContentHandler {

        private final BlockingQueue<Object> queue;
        private final List<Event> batch = new ArrayList<>(BATCH);

        Recorder(BlockingQueue<Object> queue) {
            this.queue = queue;
        }

        private void add(Event event) throws SAXException {
            batch.add(event);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        void flush() throws SAXException {
            if (batch.isEmpty()) {
                return;
            }
            try {
                queue.put(batch.toArray(new Event[0]));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SAXException("Stopped: FOP failed", e);
            }
            batch.clear();
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            // not passed on: see the class comment
        }

        @Override
        public void startDocument() throws SAXException {
            add(new Document(true));
        }

        @Override
        public void endDocument() throws SAXException {
            add(new Document(false));
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            add(new PrefixMapping(prefix, uri));
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            add(new PrefixMapping(prefix, null));
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            add(new StartElement(uri, localName, qName, new AttributesImpl(atts)));
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            add(new EndElement(uri, localName, qName));
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            add(new Characters(Arrays.copyOfRange(ch, start, start + length), false));
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            add(new Characters(Arrays.copyOfRange(ch, start, start + length), true));
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            add(new ProcessingInstruction(target, data));
        }

        @Override
        public void skippedEntity(String name) {
            // the transformation's output has no entities
        }
    }
}
