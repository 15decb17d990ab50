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
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.xml.transform.TransformerException;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.IndexTerm;
import org.columnpress.core.Progress;
import org.columnpress.core.Reporter;
import org.columnpress.core.render.PageMap;
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
    private final UnaryOperator<ContentHandler> foFilter;

    /** @param streamed whether a book PDF is transformed part by part ({@link BookParts}) */
    PdfDocumentRenderer(DocumentSetup setup, PdfSettings settings, RenderOptions options, boolean streamed) {
        this(setup, settings, options, streamed, UnaryOperator.identity());
    }

    /**
     * @param foFilter a SAX filter the whole FO passes before FOP and {@link ColumnTracker} (given the
     *                 handler to write to, it returns the one to write into), such as {@link PagePadding}
     */
    PdfDocumentRenderer(DocumentSetup setup, PdfSettings settings, RenderOptions options, boolean streamed,
            UnaryOperator<ContentHandler> foFilter) {
        this.setup = setup;
        this.streamed = streamed;
        this.settings = settings;
        this.options = options;
        this.foFilter = foFilter;
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
        return render(book, columns, kind, pdf, glyphs, imageFiles, map -> { });
    }

    /**
     * @param pageMap told, once FOP has laid out the whole document (before the post-pass), where each page
     *                begins ({@link LaidOutPages#pageMap()})
     */
    int render(Book book, List<Column> columns, String kind, Path pdf, MissingGlyphs glyphs,
            UnaryOperator<Path> imageFiles, Consumer<PageMap> pageMap) {
        if (settings.debug()) {
            writeDebugXml(book, columns, kind, pdf);
        }
        Map<String, Column> columnsById = new LinkedHashMap<>();
        for (Column column : columns) {
            columnsById.put(BookXmlWriter.xmlId(column.id()), column);
        }
        FOUserAgent agent = setup.userAgent();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(pdf));
                OutputStream fo = settings.debug() ? debugFile(pdf, ".fo") : OutputStream.nullOutputStream()) {
            LaidOutPages laidOut = new LaidOutPages(id -> id.startsWith(IndexTerm.Occurrence.ID_PREFIX));
            Fop fop = setup.newFop(agent, out, laidOut);
            // The debug copy is taken last, right before FOP, so it shows the emoji and symbol inlines and the
            // index's page numbers too.
            ContentHandler toFop = settings.debug() ? new FoCopy(fop.getDefaultHandler(), fo) : fop.getDefaultHandler();
            ContentHandler indexed = new IndexPageLists(toFop, laidOut);
            ColumnTracker tracker = new ColumnTracker(new SymbolFaces(indexed, setup.fonts()), columnsById);
            FopEventReporter events = new FopEventReporter(options.reporter(), tracker, pdf.getFileName().toString(),
                    glyphs);
            agent.getEventBroadcaster().addEventListener(events);
            ContentHandler sink = foFilter.apply(tracker);
            try {
                if ("book".equals(kind)) { // column PDFs are already rendered one per core
                    try (Progress progress = Progress.start(options.reporter(), pdf.getFileName().toString(),
                            () -> layingOut(tracker, columns.size(), laidOut.pages()))) {
                        SaxPipe.run(handler -> transform(book, columns, kind, handler, imageFiles), sink);
                    }
                } else {
                    transform(book, columns, kind, sink, imageFiles);
                }
            } catch (TransformerException e) {
                throw failure(e, events, tracker, pdf);
            }
            out.flush();
            int pages = fop.getResults().getPageCount();
            out.close();
            pageMap.accept(laidOut.pageMap());
            PdfPostProcessor.finish(pdf, settings.pdfua(), GlyphChecker.beyondBmp(book, columns));
            return pages;
        } catch (FOPException | IOException e) {
            throw new ColumnpressException("Cannot write " + pdf + ": " + e.getMessage(), e);
        }
    }

    /** "laying out column 412 of 1,000, 935 pages so far", for the book's progress line. */
    private static String layingOut(ColumnTracker tracker, int columns, int pages) {
        int begun = tracker.begun();
        String where = begun == 0 ? "laying out the front matter"
                : tracker.currentColumn() == null && begun == columns ? "laying out the back matter"
                : "laying out column " + Progress.count(begun) + " of " + Progress.count(columns);
        return where + ", " + Progress.count(pages) + " pages so far";
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
        String detail = fopError != null ? fopError : tracker.current() + ": " + located(e) + rootMessage(e);
        return new ColumnpressException("Cannot render " + pdf.getFileName() + ": "
                + detail.replaceFirst("[.\\s]+$", "") + ". If you use your own stylesheet, check the FO it makes:"
                + " with setting pdf.debug=true a successful build keeps it beside the PDF.", e);
    }

    /** {@code file:line:column: } of a dynamic error in the user's stylesheet, as Saxon places it. */
    private static String located(TransformerException e) {
        return Stylesheets.file(e.getLocator()).map(file -> file + ":" + e.getLocator().getLineNumber() + ":"
                + e.getLocator().getColumnNumber() + ": ").orElse("");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.toString();
    }

    /**
     * The book XML beside the PDF, for whoever tunes a stylesheet (the FO is copied while FOP reads it, see
     * {@link FoCopy}). A book PDF's XML is the whole book, which the stylesheet sees part by part.
     */
    private void writeDebugXml(Book book, List<Column> columns, String kind, Path pdf) {
        try (OutputStream out = debugFile(pdf, ".xml")) {
            new BookXmlWriter(Reporter.silent()).write(book, columns, kind, out);
        } catch (IOException e) {
            throw new ColumnpressException("Cannot write the debug files for " + pdf + ": " + e.getMessage(), e);
        }
    }

    private static OutputStream debugFile(Path pdf, String extension) throws IOException {
        String base = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
        return new BufferedOutputStream(Files.newOutputStream(pdf.resolveSibling(base + extension)));
    }
}
