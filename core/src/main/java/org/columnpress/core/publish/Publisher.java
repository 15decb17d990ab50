package org.columnpress.core.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.Reporter;
import org.columnpress.core.model.Book;
import org.columnpress.core.read.BookReader;
import org.columnpress.core.render.Handoff;
import org.columnpress.core.render.Handoffs;
import org.columnpress.core.render.RenderOptions;
import org.columnpress.core.render.RenderedFile;
import org.columnpress.core.render.Renderer;
import org.columnpress.core.render.RendererFactory;
import org.columnpress.core.render.Renderers;

/**
 * Reads a book folder and renders it in every requested format, the formats in parallel.
 *
 * <p>Nothing half-written ever reaches the output folder: renderers write into a private staging
 * folder inside it, and only when all of them succeed are their files moved into place (an atomic
 * rename on the same file system). A failed build leaves the previous good files as they were, and the
 * staging folder of a build that was killed is removed by the next one (see {@link Staging}).
 */
public final class Publisher {

    private final Renderers renderers;
    private final Reporter reporter;

    /**
     * A publisher that renders with these renderers.
     *
     * @param renderers the renderer factories, by format name
     * @param reporter  where progress and warnings go
     */
    public Publisher(Renderers renderers, Reporter reporter) {
        this.renderers = renderers;
        this.reporter = reporter;
    }

    /**
     * Reads the book and renders it in every requested format; the files are in place when it returns.
     *
     * @param request what to build, and where
     * @return the book and the files made, per format
     * @throws org.columnpress.core.InputException for a mistake in the book's sources
     * @throws org.columnpress.core.ColumnpressException when a format is unknown or rendering fails; the output
     *         folder then holds the previous good files
     */
    public PublishResult publish(PublishRequest request) {
        return publish(request, (format, options) -> renderers.get(format).create(options));
    }

    /**
     * A series of builds that keeps each renderer it creates and gives it to the next build with the same
     * format and {@link RenderOptions} (settings, project folder, timestamp): creating one compiles its
     * stylesheet and loads its fonts, a second or more, where a writer's save wants its page at once. The
     * plugin's {@code watch} goal rebuilds through one. Renderers are thread-safe, so builds of one session
     * may run at once.
     *
     * @return a new session, with no renderers kept yet
     * @since 0.1.0
     */
    public Session session() {
        return new Session();
    }

    /** Builds that reuse their renderers; see {@link Publisher#session()}. Thread-safe. */
    public final class Session {

        private final Map<List<Object>, Renderer> prepared = new java.util.concurrent.ConcurrentHashMap<>();

        private Session() {
        }

        /**
         * {@link Publisher#publish}, with the renderers of an earlier build of this session where they fit.
         *
         * @param request what to build, and where
         * @return the book and the files made, per format
         */
        public PublishResult publish(PublishRequest request) {
            return Publisher.this.publish(request, (format, options) -> prepared.computeIfAbsent(
                    List.of(format, options), key -> renderers.get(format).create(options)));
        }

        /**
         * Drops the kept renderers, so the next build creates them afresh: call it when a file a setting names
         * (a stylesheet, a font, a style sheet) changed, as the settings themselves did not.
         */
        public void forget() {
            prepared.clear();
        }
    }

    private PublishResult publish(PublishRequest request, java.util.function.BiFunction<String, RenderOptions,
            Renderer> create) {
        Map<String, Renderer> chosen = new LinkedHashMap<>();
        // Every renderer before anything is read, so a wrong setting fails fast.
        for (String format : request.formats()) {
            chosen.put(format, create.apply(format, options(format, request)));
        }
        Book book = new BookReader(reporter).read(request.sourceDirectory(), request.defaults(),
                request.printOverrides());
        try {
            Files.createDirectories(request.outputDirectory());
            try (Staging staging = Staging.create(request.outputDirectory(), reporter)) {
                List<PublishResult.Output> outputs = renderAll(book, chosen, staging.folder(), request.baseName());
                return new PublishResult(book, moveIntoPlace(outputs, staging.folder(), request.outputDirectory()));
            }
        } catch (IOException e) {
            throw new ColumnpressException("Cannot write to " + request.outputDirectory() + ": " + e, e);
        }
    }

    /**
     * Reads the book and runs each requested renderer's {@link Renderer#check checks}, as
     * {@link #publish} would, but renders and writes nothing (see {@link RendererFactory#checker}).
     *
     * @param request what to check; its output folder is not written
     * @return the book as read
     */
    public Book check(PublishRequest request) {
        List<Consumer<Book>> checkers = new ArrayList<>();
        for (String format : request.formats()) {
            checkers.add(renderers.get(format).checker(options(format, request)));
        }
        Book book = new BookReader(reporter).read(request.sourceDirectory(), request.defaults(),
                request.printOverrides());
        checkers.forEach(checker -> checker.accept(book));
        return book;
    }

    private RenderOptions options(String format, PublishRequest request) {
        return new RenderOptions(settingsFor(format, request.settings()), request.baseDirectory(),
                request.timestamp(), reporter);
    }

    static Map<String, String> settingsFor(String format, Map<String, String> all) {
        Map<String, String> own = new HashMap<>();
        String prefix = format + ".";
        all.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                own.put(key.substring(prefix.length()), value);
            }
        });
        return own;
    }

    /**
     * Renders the book in every format at once. A book with a print edition but no cover image of its own
     * gets the front of the print cover, as one renderer designs it, as its cover in the other formats (the
     * EPUB's cover is then the printed book's front): the picture is made on a thread of its own while the
     * designer already renders, and only the other formats wait for it. It lies in the staging folder and is
     * not published.
     */
    private List<PublishResult.Output> renderAll(
            Book book, Map<String, Renderer> chosen, Path staging, String baseName) throws IOException {
        Optional<String> designer = book.cover().isPresent() || book.print().isEmpty() ? Optional.empty()
                : chosen.entrySet().stream().filter(e -> e.getValue().designsFrontCover(book))
                        .map(Map.Entry::getKey).findFirst();
        ExecutorService pool = Executors.newFixedThreadPool(chosen.size() + (designer.isPresent() ? 1 : 0),
                runnable -> {
                    Thread thread = new Thread(runnable, "columnpress-render");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            Future<Book> covered = designer.isEmpty() ? CompletableFuture.completedFuture(book)
                    : pool.submit(() -> {
                        Path folder = Files.createDirectories(staging.resolve("front-cover"));
                        return chosen.get(designer.get()).frontCover(book, folder)
                                .map(front -> book.withCover(Optional.of(front))).orElse(book);
                    });
            // A handoff is opened only when a renderer of this build makes the thing: the others answer at once.
            Handoffs handoffs = new Handoffs(
                    opened(chosen.values().stream().anyMatch(renderer -> renderer.makesPageMap(book))),
                    opened(chosen.values().stream().anyMatch(renderer -> renderer.makesColumnPdfs(book))));
            Map<String, Future<PublishResult.Output>> running = new LinkedHashMap<>();
            for (Map.Entry<String, Renderer> entry : chosen.entrySet()) {
                Path folder = Files.createDirectory(staging.resolve(entry.getKey()));
                boolean designs = designer.filter(entry.getKey()::equals).isPresent();
                Renderer renderer = entry.getValue();
                running.put(entry.getKey(), pool.submit(() -> {
                    try {
                        Book shown = designs ? book : unwrapped(covered);
                        long start = System.nanoTime();
                        List<RenderedFile> files = renderer.render(shown, folder, baseName, handoffs);
                        return new PublishResult.Output(entry.getKey(), files,
                                Duration.ofNanos(System.nanoTime() - start));
                    } finally {
                        // Those waiting go on, with what was offered or (the maker failed) without.
                        if (renderer.makesPageMap(book)) {
                            handoffs.pageMap().close();
                        }
                        if (renderer.makesColumnPdfs(book)) {
                            handoffs.columnPdfs().close();
                        }
                    }
                }));
            }
            List<PublishResult.Output> outputs = new ArrayList<>();
            for (Future<PublishResult.Output> future : running.values()) {
                outputs.add(await(future));
            }
            return outputs;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> Handoff<T> opened(boolean made) {
        return made ? Handoff.awaiting() : Handoff.none();
    }

    private static PublishResult.Output await(Future<PublishResult.Output> future) {
        return unwrapped(future);
    }

    /** The task's value; its failure as it was thrown (a ColumnpressException stays one). */
    private static <T> T unwrapped(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ColumnpressException("Interrupted while rendering", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new ColumnpressException("Rendering failed: " + cause, cause);
        }
    }

    private static List<PublishResult.Output> moveIntoPlace(
            List<PublishResult.Output> outputs, Path staging, Path target) throws IOException {
        List<PublishResult.Output> moved = new ArrayList<>();
        for (PublishResult.Output output : outputs) {
            Path folder = staging.resolve(output.format());
            List<RenderedFile> files = new ArrayList<>();
            for (RenderedFile file : output.files()) {
                Path destination = target.resolve(folder.relativize(file.path()).toString());
                Files.createDirectories(destination.getParent());
                Files.move(file.path(), destination,
                        StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                files.add(new RenderedFile(destination, file.role(), file.pages()));
            }
            moved.add(new PublishResult.Output(output.format(), files, output.elapsed()));
        }
        return moved;
    }
}
