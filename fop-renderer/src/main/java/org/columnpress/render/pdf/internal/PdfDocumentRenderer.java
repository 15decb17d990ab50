package org.columnpress.render.pdf.internal;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.xml.transform.TransformerException;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.Reporter;
import org.columnpress.core.render.RenderOptions;
import org.xml.sax.ContentHandler;

/**
 * Renders one PDF: book XML -> compiled stylesheet -> FO as SAX events -> FOP -> file, then the
 * post-pass. A book PDF is transformed part by part, so the book XML is never in memory whole.
 * Thread-safe: everything per document is made here, the rest is shared read-only.
 */
final class PdfDocumentRenderer {

    private final DocumentSetup setup;
    private final PdfSettings settings;
    private final RenderOptions options;
    private final boolean streamed;

    /** @param streamed whether a book PDF is transformed part by part ({@link BookParts}) */
    PdfDocumentRenderer(DocumentSetup setup, PdfSettings settings, RenderOptions options, boolean streamed) {
        this.setup = setup;
        this.streamed = streamed;
        this.settings = settings;
        this.options = options;
    }

    /**
     * Renders with FOP's every missing-glyph warning, as when no {@link GlyphChecker} ran, and the images
     * read from the book's own files.
     */
    int render(Book book, List<Column> columns, String kind, Path pdf) {
        return render(book, columns, kind, pdf, new MissingGlyphs(), UnaryOperator.identity());
    }

    /**
     * @param kind {@code book} or {@code column}
     * @param glyphs what {@link GlyphChecker} already warned about, which FOP need not repeat
     * @param imageFiles the file FOP reads for each image: this render's prepared copy, or the original.
     *                   The book XML names it, so nothing about one render's images is shared with another
     * @return the page count
     */
    int render(Book book, List<Column> columns, String kind, Path pdf, MissingGlyphs glyphs,
            UnaryOperator<Path> imageFiles) {
        if (settings.debug()) {
            writeDebugFiles(book, columns, kind, pdf);
        }
        Map<String, Column> columnsById = new LinkedHashMap<>();
        for (Column column : columns) {
            columnsById.put(BookXmlWriter.xmlId(column.id()), column);
        }
        FOUserAgent agent = setup.userAgent();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(pdf))) {
            Fop fop = setup.newFop(agent, out);
            ColumnTracker tracker = new ColumnTracker(new SymbolFaces(fop.getDefaultHandler(), setup.fonts()),
                    columnsById);
            FopEventReporter events = new FopEventReporter(options.reporter(), tracker, pdf.getFileName().toString(),
                    glyphs);
            agent.getEventBroadcaster().addEventListener(events);
            try {
                transform(book, columns, kind, tracker, imageFiles);
            } catch (TransformerException e) {
                throw failure(e, events, tracker, pdf);
            }
            out.flush();
            int pages = fop.getResults().getPageCount();
            out.close();
            PdfPostProcessor.finish(pdf, settings.pdfua(), GlyphChecker.beyondBmp(book, columns));
            return pages;
        } catch (FOPException | IOException e) {
            throw new ColumnpressException("Cannot write " + pdf + ": " + e.getMessage(), e);
        }
    }

    /** The book part by part when the stylesheet allows (see {@link BookParts}), else in one piece. */
    private void transform(Book book, List<Column> columns, String kind, ContentHandler fop,
            UnaryOperator<Path> imageFiles) throws TransformerException {
        BookXmlWriter writer = new BookXmlWriter(options.reporter(), imageFiles);
        if ("book".equals(kind) && streamed) {
            new BookParts(writer).transform(book, setup.transformer(), fop);
        } else {
            ByteArrayOutputStream xml = new ByteArrayOutputStream(64 * 1024);
            writer.write(book, columns, kind, xml);
            setup.transformer().transform(new StreamSource(new ByteArrayInputStream(xml.toByteArray())),
                    new SAXResult(fop));
        }
    }

    private ColumnpressException failure(TransformerException e, FopEventReporter events,
            ColumnTracker tracker, Path pdf) {
        String fopError = events.firstError();
        String detail = fopError != null ? fopError : tracker.current() + ": " + rootMessage(e);
        return new ColumnpressException("Cannot render " + pdf.getFileName() + ": "
                + detail.replaceFirst("[.\\s]+$", "") + ". If you use your own stylesheet, check the FO it makes:"
                + " with setting pdf.debug=true a successful build keeps it beside the PDF.", e);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.toString();
    }

    /** The book XML and the FO (made in one piece, part 'all') beside the PDF, for whoever tunes a stylesheet. */
    private void writeDebugFiles(Book book, List<Column> columns, String kind, Path pdf) {
        String base = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
        Path xml = pdf.resolveSibling(base + ".xml");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(xml))) {
                new BookXmlWriter(Reporter.silent()).write(book, columns, kind, out);
            }
            try (OutputStream fo = new BufferedOutputStream(Files.newOutputStream(pdf.resolveSibling(base + ".fo")))) {
                // Through the same filter as FOP's input, so the file shows the emoji and symbol inlines too.
                javax.xml.transform.sax.TransformerHandler serializer =
                        ((javax.xml.transform.sax.SAXTransformerFactory) Stylesheets.factory()).newTransformerHandler();
                serializer.setResult(new StreamResult(fo));
                setup.transformer().transform(new StreamSource(xml.toFile()),
                        new SAXResult(new SymbolFaces(serializer, setup.fonts())));
            }
        } catch (IOException | TransformerException e) {
            throw new ColumnpressException("Cannot write the debug files for " + pdf + ": " + e.getMessage(), e);
        }
    }
}
