package org.columnpress.render.pdf.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.columnpress.core.Progress;
import org.columnpress.core.Reporter;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.render.Handoffs;
import org.columnpress.core.render.PreparedImages;
import org.columnpress.core.render.RenderOptions;
import org.columnpress.core.render.RenderedFile;
import org.columnpress.core.render.Renderer;
import org.columnpress.render.pdf.internal.preflight.Preflight;

/**
 * The PDF renderer of one build: the stylesheet compiled and FOP configured once, then the book PDF and
 * (when asked) one PDF per column, all rendered in parallel.
 */
public final class PdfRenderer implements Renderer {

    private final PdfSettings settings;
    private final RenderOptions options;
    private final FontSetup fonts;
    private final PdfDocumentRenderer documents;
    private final ColumnCacheKeys cacheKeys;
    private final PrintInterior print;
    private final PrintEditionRenderer printEditions;
    /**
     * {@code pdf.book}: false makes the column PDFs alone (no book PDF, print edition or page map), for the
     * plugin's {@code watch} goal, whose quick pass after a save wants one column's PDF, not the book's.
     */
    private final boolean makesBook;
    private final DocumentSetup setup;

    public PdfRenderer(RenderOptions options) {
        this.settings = PdfSettings.from(options);
        this.options = options;
        this.makesBook = options.flag("book", true);
        this.fonts = new FontSetup(settings.fonts());
        fonts.describe(options.baseDirectory()).forEach(options.reporter()::info);
        this.setup = new DocumentSetup(settings, fonts, options);
        // After the stylesheet compiled, so a broken stylesheet gets its file:line error first.
        PrintSettings printSettings = PrintSettings.from(options);
        StylesheetParameters.requireDeclared(options, settings.stylesheet(), printSettings.coverStylesheet());
        StylesheetNames.check(settings.stylesheet(), options.reporter());
        boolean streamed = PartSupport.honoured(settings.stylesheet());
        if (!streamed) {
            options.reporter().info("Your stylesheet replaces the book's root template and does not use the"
                    + " 'part' parameter: the book PDF is transformed in one piece, which needs more memory on a"
                    + " large book. See the 'part' parameter in columnpress.xsl.");
        }
        this.documents = new PdfDocumentRenderer(setup, settings, options, streamed);
        this.print = new PrintInterior(setup, settings, options, streamed);
        this.printEditions = new PrintEditionRenderer(print, printSettings, options, fonts);
        // Debug files are made while rendering, so a debug build renders every column afresh.
        this.cacheKeys = settings.cache().isPresent() && settings.columns() && !settings.debug()
                ? new ColumnCacheKeys(options, settings) : null;
    }

    /** A book with a print edition gets a cover, whose front the EPUB shows when the book has no cover image. */
    @Override
    public boolean designsFrontCover(Book book) {
        return makesBook && book.print().isPresent();
    }

    /** The print cover's front, for the EPUB of a book with a print edition and no cover image. */
    @Override
    public Optional<Path> frontCover(Book book, Path folder) {
        return book.print().map(edition -> printEditions.front(book, edition, folder));
    }

    /**
     * The layout of the printed book gives where each of its pages begins, for the EPUB's page list: the print
     * interior's, for a book with a print edition, else the book PDF's.
     */
    @Override
    public boolean makesPageMap(Book book) {
        return makesBook;
    }

    @Override
    public void check(Book book) {
        check(book, settings, fonts, options.reporter());
    }

    /**
     * {@link #check} without FOP: the settings read, the stylesheet compiled (kept for the build that may
     * follow in the same JVM) and the stylesheet parameters checked against it, the fonts loaded.
     */
    public static Consumer<Book> checker(RenderOptions options) {
        PdfSettings settings = PdfSettings.from(options);
        Stylesheets.compile(settings.stylesheet());
        StylesheetParameters.requireDeclared(options, settings.stylesheet(),
                PrintSettings.from(options).coverStylesheet());
        FontSetup fonts = new FontSetup(settings.fonts());
        return book -> check(book, settings, fonts, options.reporter());
    }

    private static MissingGlyphs check(Book book, PdfSettings settings, FontSetup fonts, Reporter reporter) {
        MissingGlyphs glyphs = checkGlyphs(book, settings, fonts, reporter);
        book.columns().forEach(new LongTextCheck(reporter)::check);
        return glyphs;
    }

    /**
     * Prepares the book's images once (downsampled to {@code pdf.image-ppi}, SVGs made safe) for the book
     * PDF and every column PDF alike, in a folder of this render's own, and has FOP read the copies: the
     * book XML names them. So two books rendered at once by this renderer, even into one folder and with
     * images of the same name, never read each other's copies.
     */
    @Override
    public List<RenderedFile> render(Book book, Path directory, String baseName) {
        return render(book, directory, baseName, Handoffs.none());
    }

    /** With {@code pdf.columns}, every column gets a PDF of its own. */
    @Override
    public boolean makesColumnPdfs(Book book) {
        return settings.columns();
    }

    /**
     * {@link #render(Book, Path, String)}, offering the printed book's page map (the print interior's, or else
     * the book PDF's) as soon as FOP has laid it out, and the column PDFs when all are written.
     */
    @Override
    public List<RenderedFile> render(Book book, Path directory, String baseName, Handoffs handoffs) {
        try (PreparedImages prepared = PreparedImages.prepare(imagesOf(book), directory,
                ImageResolution.limit(settings), "PDF", options.reporter())) {
            return renderPrepared(book, directory, baseName, prepared::file, handoffs);
        }
    }

    /** Every image the book PDF prints: the columns', the front and back matter's (with an about-the-author photo) and the parts' introductions'. */
    static Set<Path> imagesOf(Book book) {
        return new java.util.TreeSet<>(book.imageFiles());
    }

    /**
     * The book's print interior for a printer: the book PDF's stylesheet and fonts, with the layout's page,
     * bleed, margins and PDF rules; its own images prepared for its page; a warning for each image under
     * 300 ppi. Glyph warnings are left to {@link #render}, which the same build runs too.
     *
     * @param expectedPages the page count the first layout takes its gutter from (the screen PDF's when
     *                      known, else 1); the book is laid out again when its count needs another gutter
     * @return the page count of {@code pdf}
     */
    public int renderPrint(Book book, PrintLayout layout, Path pdf, int expectedPages) {
        MissingGlyphs glyphs = checkGlyphs(book, settings, fonts, Reporter.silent());
        setup.rememberHyphenation(book.languages());
        PrintInterior.Rendered rendered = print.render(book, layout, pdf, expectedPages, glyphs);
        rendered.images().check(Preflight.drawnImages(pdf), book, layout.printer(), options.reporter());
        return rendered.pages();
    }

    private List<RenderedFile> renderPrepared(Book book, Path directory, String baseName,
            UnaryOperator<Path> imageFiles, Handoffs handoffs) {
        MissingGlyphs glyphs = check(book, settings, fonts, options.reporter());
        setup.rememberHyphenation(book.languages());
        List<Callable<List<RenderedFile>>> jobs = new ArrayList<>();
        Path bookPdf = directory.resolve(baseName + ".pdf");
        // The printed book's pages, for the EPUB's page list: the print interior's when there is one, else the book PDF's.
        boolean printed = book.print().isPresent();
        if (makesBook) {
            jobs.add(() -> List.of(new RenderedFile(bookPdf, RenderedFile.Role.BOOK, documents.render(book,
                    book.columns(), "book", bookPdf, glyphs, imageFiles, printed ? map -> { } : handoffs.pageMap()::offer))));
            // Second: on the other core while the book PDF is laid out (the column PDFs queue behind both).
            book.print().ifPresent(edition ->
                    jobs.add(() -> printEditions.render(book, edition, directory, baseName, glyphs,
                            handoffs.pageMap()::offer)));
        }
        java.util.concurrent.atomic.AtomicInteger columnPdfs = new java.util.concurrent.atomic.AtomicInteger();
        ColumnPdfCache cache = cacheKeys == null ? null : new ColumnPdfCache(settings.cache().get());
        if (settings.columns()) {
            Path folder = directory.resolve("columns");
            createDirectory(folder);
            Set<String> names = new HashSet<>();
            for (Column column : book.columns()) {
                Path pdf = folder.resolve(uniqueName(column.id(), names) + ".pdf");
                jobs.add(() -> {
                    RenderedFile file = new RenderedFile(pdf, RenderedFile.Role.COLUMN,
                            renderColumn(book, column, pdf, cache, glyphs, imageFiles));
                    columnPdfs.incrementAndGet();
                    return List.of(file);
                });
            }
        }
        List<RenderedFile> files;
        // null (no column PDFs, nothing to say) is allowed in try-with-resources
        try (Progress progress = !settings.columns() ? null : Progress.start(options.reporter(), "column PDFs",
                () -> Progress.count(columnPdfs.get()) + " of " + Progress.count(book.columns().size()) + " written")) {
            files = runAll(jobs);
        }
        if (settings.columns()) {
            handoffs.columnPdfs().offer(columnPdfs(book, files));
        }
        if (cache != null) {
            cache.prune();
            options.reporter().info("PDF: reused " + cache.reused() + " of " + book.columns().size()
                    + " column PDFs from " + settings.cache().get() + ".");
        }
        return settings.debug() ? withDebugFiles(files) : files;
    }

    /** A column's PDF from the cache when nothing it depends on changed, else rendered (and kept). */
    private int renderColumn(Book book, Column column, Path pdf, ColumnPdfCache cache, MissingGlyphs glyphs,
            UnaryOperator<Path> imageFiles) {
        if (cache == null) {
            return documents.render(book, List.of(column), "column", pdf, glyphs, imageFiles);
        }
        String key = cacheKeys.key(book, column);
        java.util.OptionalInt cached = cache.restore(key, pdf);
        if (cached.isPresent()) {
            return cached.getAsInt();
        }
        int pages = documents.render(book, List.of(column), "column", pdf, glyphs, imageFiles);
        cache.store(key, pdf, pages);
        return pages;
    }

    /** The XML and FO that {@link PdfDocumentRenderer} kept beside each PDF, so they are published too. */
    private static List<RenderedFile> withDebugFiles(List<RenderedFile> pdfs) {
        List<RenderedFile> all = new ArrayList<>(pdfs);
        for (RenderedFile pdf : pdfs) {
            String base = pdf.path().getFileName().toString().replaceFirst("\\.pdf$", "");
            for (String extension : List.of(".xml", ".fo")) {
                Path file = pdf.path().resolveSibling(base + extension);
                if (java.nio.file.Files.isRegularFile(file)) {
                    all.add(new RenderedFile(file, RenderedFile.Role.DEBUG, 0));
                }
            }
        }
        return all;
    }

    private static MissingGlyphs checkGlyphs(Book book, PdfSettings settings, FontSetup fonts, Reporter reporter) {
        String family = settings.params().getOrDefault("body.font.family", FontSetup.BODY_FAMILIES);
        List<java.awt.Font> faces = GlyphChecker.fontsOf(fonts, family);
        MissingGlyphs glyphs = new MissingGlyphs();
        GlyphChecker checker = new GlyphChecker(faces.isEmpty() ? List.of(fonts.bodyFont()) : faces, reporter,
                glyphs);
        book.columns().forEach(checker::check);
        return glyphs;
    }

    private static List<RenderedFile> runAll(List<Callable<List<RenderedFile>>> jobs) {
        int threads = Math.min(jobs.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable, "columnpress-pdf");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<List<RenderedFile>>> futures = new ArrayList<>();
            for (Callable<List<RenderedFile>> job : jobs) {
                futures.add(pool.submit(job));
            }
            List<RenderedFile> files = new ArrayList<>();
            for (Future<List<RenderedFile>> future : futures) {
                files.addAll(future.get());
            }
            return files;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ColumnpressException cause) {
                throw cause;
            }
            throw new ColumnpressException("PDF rendering failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ColumnpressException("PDF rendering was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Column ids are unique in a book, but file systems may fold case: keep names distinct anyway. */
    /** The column PDFs among the files, by column id (they were queued in the book's column order). */
    private static Map<String, Path> columnPdfs(Book book, List<RenderedFile> files) {
        List<Path> pdfs = files.stream().filter(file -> file.role() == RenderedFile.Role.COLUMN)
                .map(RenderedFile::path).toList();
        Map<String, Path> byColumn = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pdfs.size(); i++) {
            byColumn.put(book.columns().get(i).id(), pdfs.get(i));
        }
        return Map.copyOf(byColumn);
    }

    private static String uniqueName(String id, Set<String> taken) {
        String name = id;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            name = id + "-" + n;
        }
        return name;
    }

    private static void createDirectory(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ColumnpressException("Cannot create " + folder + ": " + e.getMessage(), e);
        }
    }
}
