package org.columnpress.render.pdf.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.InputException;
import org.columnpress.core.Warning;
import org.columnpress.core.model.Book;
import org.columnpress.core.print.PrintEdition;
import org.columnpress.core.render.RenderOptions;
import org.columnpress.core.render.PageMap;
import org.columnpress.core.render.RenderedFile;
import org.columnpress.render.pdf.internal.preflight.Check;
import org.columnpress.render.pdf.internal.preflight.Preflight;
import org.columnpress.render.pdf.internal.preflight.PreflightReport;

/**
 * A book's print edition, in this order: the interior (laid out again if its page count needs another
 * gutter), then the cover for that page count, then the preflight of both. It runs beside the screen
 * edition, on the other core.
 */
final class PrintEditionRenderer {

    /** The EPUB's cover height, as Kindle's store asks (1,600 x 2,560 for its 1:1.6 ratio). */
    private static final int FRONT_HEIGHT = 2560;

    private final PrintInterior interior;
    private final PrintSettings settings;
    private final RenderOptions options;
    private final FontSetup fonts;
    private CoverRenderer covers;

    /** @param fonts the build's fonts, already loaded, for the cover */
    PrintEditionRenderer(PrintInterior interior, PrintSettings settings, RenderOptions options, FontSetup fonts) {
        this.interior = interior;
        this.settings = settings;
        this.options = options;
        this.fonts = fonts;
    }

    /**
     * Writes {@code <baseName>-print.pdf}, {@code -cover.pdf} and {@code -preflight.txt}.
     *
     * @throws ColumnpressException naming each failed check when the preflight fails and
     *                              {@code pdf.fail-on-preflight} is on
     */
    List<RenderedFile> render(Book book, PrintEdition edition, Path directory, String baseName, MissingGlyphs glyphs) {
        return render(book, edition, directory, baseName, glyphs, map -> { });
    }

    /** @param pageMap told where each page of the interior begins, as soon as it is laid out (for the EPUB) */
    List<RenderedFile> render(Book book, PrintEdition edition, Path directory, String baseName, MissingGlyphs glyphs,
            java.util.function.Consumer<PageMap> pageMap) {
        Path print = directory.resolve(baseName + "-print.pdf");
        Path cover = directory.resolve(baseName + "-cover.pdf");
        Path report = directory.resolve(baseName + "-preflight.txt");
        // A second thread for what can run beside: the cover's setup (its stylesheet compiled, its fonts
        // loaded) while the interior is laid out, then the interior's preflight while this thread renders the
        // cover, so the edition's last seconds, when the screen PDF is done, use both cores.
        ExecutorService beside = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "columnpress-print");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<CoverRenderer> coverSetup = beside.submit(this::covers);
            PrintLayout layout = PrintEditions.interior(edition);
            PrintInterior.Rendered rendered = interior.render(book, layout, print,
                    PrintEditions.estimatePages(book, edition), glyphs);
            int pages = rendered.pages();
            pageMap.accept(rendered.pageMap());
            Preflight preflight = new Preflight(PrintEditions.preflight(edition, pages, book.isbn()));
            Future<Preflight.Interior> scanned = beside.submit(() -> preflight.scanInterior(print));
            await(coverSetup);
            renderCover(book, edition, PrintEditions.cover(edition, pages), cover);
            Preflight.Interior checkedInterior = await(scanned);
            // The image check reads the images the preflight found: the interior is read once, not twice.
            int named = rendered.images().check(checkedInterior.images(), book, layout.printer(), options.reporter());
            List<Check> checks = new ArrayList<>(checkedInterior.checks());
            checks.addAll(preflight.checkCover(cover));
            PreflightReport checked = new PreflightReport(edition.describe(), checks);
            finish(checked, edition, report, named > 0);
            return List.of(new RenderedFile(print, RenderedFile.Role.PRINT, pages),
                    new RenderedFile(cover, RenderedFile.Role.COVER, 1),
                    new RenderedFile(report, RenderedFile.Role.PREFLIGHT, 0));
        } finally {
            beside.shutdownNow();
        }
    }

    /**
     * Writes the report, logs its summary and warnings, and fails the build on a failed check when asked.
     *
     * @param imagesNamed whether the log already names each image under 300 ppi with its column: then the
     *                    report's image-resolution warning is not logged a second time
     */
    private void finish(PreflightReport checked, PrintEdition edition, Path report, boolean imagesNamed) {
        try {
            checked.write(report);
        } catch (IOException e) {
            throw new ColumnpressException("Cannot write " + report + ": " + e.getMessage(), e);
        }
        options.reporter().info(checked.summary());
        for (Check warning : checked.warnings()) {
            if (imagesNamed && warning.name().equals(Check.IMAGE_RESOLUTION)) {
                continue;
            }
            options.reporter().warn(new Warning("preflight warnings about the print edition", null, 0, warning.line()));
        }
        if (!checked.passed() && settings.failOnPreflight()) {
            StringBuilder message = new StringBuilder("The print edition (" + edition.describe() + ") fails "
                    + checked.failures().size() + (checked.failures().size() == 1 ? " preflight check" : " preflight checks")
                    + ":");
            checked.failures().forEach(failure -> message.append("\n  ").append(failure.line()));
            message.append("\nFix the book or its print: section in ").append(edition.source().file().getFileName())
                    .append(", or build with -Dcolumnpress.failOnPreflight=false to get the files anyway.");
            throw new ColumnpressException(message.toString());
        }
    }

    /** The task's value; its own failure (a ColumnpressException, say) as it was thrown. */
    private static <T> T await(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ColumnpressException("The print edition was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new ColumnpressException("The print edition failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * The cover's front as a PNG in {@code folder}, for the formats that show a cover: a cover made for the
     * estimated page count (the front does not depend on the spine), its front panel cut out.
     */
    Path front(Book book, PrintEdition edition, Path folder) {
        CoverLayout layout = PrintEditions.cover(edition, PrintEditions.estimatePages(book, edition));
        Path pdf = folder.resolve("cover.pdf");
        renderCover(book, edition, layout, pdf);
        Path png = folder.resolve("front.png");
        CoverFront.png(pdf, layout, FRONT_HEIGHT, png);
        return png;
    }

    /** The cover; a blurb too long for the back is an error at book.yaml's {@code back:} line. */
    private void renderCover(Book book, PrintEdition edition, CoverLayout layout, Path pdf) {
        CoverText text = new CoverText(edition.blurb(), Optional.empty(), PrintEditions.bio(book), edition.price());
        try {
            covers().render(book, layout, text, pdf, PrintInterior.fopOptions(PrintEditions.interior(edition)));
        } catch (InputException e) {
            PrintEdition.Location back = edition.blurbSource();
            throw new InputException(back.file(), back.line(), e.problems().get(0).message(), e);
        }
    }

    /** The cover renderer, made (its stylesheet compiled, its fonts loaded) the first time a cover is asked. */
    private synchronized CoverRenderer covers() {
        if (covers == null) {
            covers = new CoverRenderer(options, fonts, settings.coverStylesheet());
        }
        return covers;
    }
}
