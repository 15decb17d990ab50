package org.columnpress.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.columnpress.core.model.Book;
import org.columnpress.core.Reporter;
import org.columnpress.core.read.BookDefaults;
import org.columnpress.core.read.BookReader;
import org.columnpress.core.render.RenderOptions;
import org.columnpress.core.render.RenderedFile;
import org.columnpress.core.render.Renderers;
import org.columnpress.render.pdf.PdfStages;

/**
 * One book size in one fresh JVM: a warm-up pass over a small book, then each stage once, timed, with
 * the peak heap sampled while it runs. Prints one Markdown table row. Run by {@link Benchmark}.
 */
public final class StageRun {

    private static final Instant TIMESTAMP = Instant.parse("2026-11-26T00:00:00Z");
    /** How often the floor and the pipeline each run (-Dbenchmark.repeats); the best run counts. */
    private static final int REPEATS = Integer.getInteger("benchmark.repeats", 2);

    private StageRun() {
    }

    /** @param args the book folder, a work folder, the warm-up book folder */
    public static void main(String[] args) throws Exception {
        Path book = Path.of(args[0]).toAbsolutePath();
        Path work = Path.of(args[1]).toAbsolutePath();
        Path warmup = Path.of(args[2]).toAbsolutePath();
        Files.createDirectories(work);
        run(warmup, work.resolve("warmup"), false);
        run(book, work, true);
    }

    private static void run(Path bookDir, Path work, boolean print) throws Exception {
        Files.createDirectories(work);
        Counting reporter = new Counting();
        Renderers renderers = Renderers.discover(StageRun.class.getClassLoader());
        RenderOptions pdfOptions = new RenderOptions(Map.of("columns", "false"), work, TIMESTAMP, reporter);
        RenderOptions epubOptions = new RenderOptions(Map.of(), work, TIMESTAMP, reporter);
        RenderOptions withFonts = new RenderOptions(Map.of("embed-fonts", "true"), work, TIMESTAMP, reporter);

        // Reading with and without the index (the same columns, book.yaml without its index: line), alternating,
        // best of REPEATS each: the difference is the time finding the index's occurrences takes.
        Path plainDir = withoutIndex(bookDir, work.resolve("book-without-index"));
        Timed<Book> read = null;
        Timed<Book> readPlain = null;
        for (int i = 0; i < (print ? REPEATS : 1); i++) {
            read = best(read, measure(() -> new BookReader(reporter).read(bookDir, BookDefaults.none())));
            if (plainDir != null) {
                readPlain = best(readPlain, measure(() -> new BookReader(reporter).read(plainDir, BookDefaults.none())));
            }
        }
        Book model = read.value();
        PdfStages stages = new PdfStages(pdfOptions);
        Path xml = work.resolve("book.xml");
        Path fo = work.resolve("book.fo");
        Timed<Object> toXml = measure(() -> {
            stages.writeXml(model, xml);
            return null;
        });
        Timed<Object> toFo = measure(() -> {
            stages.writeFo(xml, fo);
            return null;
        });
        // The floor lays out the FO that FOP reads in the pipeline: the stylesheet's, with what the renderer adds
        // before FOP (the index's page numbers, symbol fonts), as pdf.debug keeps it beside the PDF.
        Path debugDir = Files.createDirectories(work.resolve("pdf-debug"));
        renderers.get("pdf").create(new RenderOptions(Map.of("columns", "false", "debug", "true"), work, TIMESTAMP,
                Reporter.silent())).render(model, debugDir, "book");
        Path fopFo = debugDir.resolve("book.fo");
        // Floor and pipeline alternate, best of REPEATS each, so neither gains from running second.
        Path pdfDir = Files.createDirectories(work.resolve("pdf"));
        var pdfRenderer = renderers.get("pdf").create(pdfOptions);
        Timed<Integer> fop = null;
        Timed<List<RenderedFile>> pdf = null;
        for (int i = 0; i < (print ? REPEATS : 1); i++) {
            fop = best(fop, measure(() -> stages.fopAlone(fopFo, work.resolve("fop-alone.pdf"))));
            pdf = best(pdf, measure(() -> pdfRenderer.render(model, pdfDir, "book")));
        }
        Path epubDir = Files.createDirectories(work.resolve("epub"));
        var epubRenderer = renderers.get("epub").create(epubOptions);
        Timed<List<RenderedFile>> epub = measure(() -> epubRenderer.render(model, epubDir, "book"));
        // With the house fonts inside, as epub.embed-fonts makes it: the larger EPUB, and its size.
        var fontsRenderer = renderers.get("epub").create(withFonts);
        Timed<List<RenderedFile>> epubFonts = measure(() -> fontsRenderer.render(model, epubDir, "book-fonts"));
        // The web edition: a page per column, part and tag, the feed, fonts and images (issue 16).
        var webRenderer = renderers.get("web").create(new RenderOptions(Map.of(), work, TIMESTAMP, reporter));
        Path webDir = Files.createDirectories(work.resolve("web"));
        Timed<List<RenderedFile>> web = measure(() -> webRenderer.render(model, webDir, "book"));
        if (print) {
            int pages = pdf.value().get(0).pages();
            System.out.println(String.format(Locale.ROOT,
                    "| %,d | %,d | %s | %s | %s | %s | %s | **%.2f** | %.0f | %s | %s, %,d KB | %s | %d | %s, %,d files |",
                    model.columns().size(), pages, read, toXml, toFo, fop, pdf,
                    pdf.seconds() / fop.seconds(), pages / pdf.seconds(), epub, epubFonts,
                    Files.size(epubFonts.value().get(0).path()) / 1024, index(model, read, readPlain),
                    reporter.warnings.get(), web, web.value().size()));
        }
    }

    /** Terms, occurrences, and the time finding them took (reading with the index less reading without). */
    private static String index(Book model, Timed<Book> read, Timed<Book> readPlain) {
        if (readPlain == null) {
            return "-";
        }
        int occurrences = model.index().stream().mapToInt(term -> term.occurrences().size()).sum();
        return String.format(Locale.ROOT, "%d terms, %,d places: **%.2f s** (%.2f s - %.2f s)", model.index().size(),
                occurrences, read.seconds() - readPlain.seconds(), read.seconds(), readPlain.seconds());
    }

    /**
     * A copy of the book whose book.yaml has no {@code index:} line (the columns the same), in {@code copy};
     * null when the book has no index.
     */
    private static Path withoutIndex(Path book, Path copy) throws java.io.IOException {
        String yaml = Files.readString(book.resolve("book.yaml"));
        if (!yaml.contains("\nindex:")) {
            return null;
        }
        if (!Files.isDirectory(copy)) {
            try (var paths = Files.walk(book)) {
                for (Path path : (Iterable<Path>) paths::iterator) {
                    Path target = copy.resolve(book.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(target);
                    } else if (!path.getFileName().toString().equals("index.yaml")) {
                        Files.copy(path, target);
                    }
                }
            }
            Files.writeString(copy.resolve("book.yaml"), yaml.replaceAll("(?m)^index:.*\n", ""));
        }
        return copy;
    }

    private static <T> Timed<T> best(Timed<T> a, Timed<T> b) {
        return a == null || b.seconds() < a.seconds() ? b : a;
    }

    private static <T> Timed<T> measure(Supplier<T> stage) throws InterruptedException {
        System.gc();
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        long start = System.nanoTime();
        T value = stage.get();
        long nanos = System.nanoTime() - start;
        sampler.interrupt();
        sampler.join();
        return new Timed<>(value, nanos / 1e9, sampler.peak.get() / (1024.0 * 1024.0));
    }

    private record Timed<T>(T value, double seconds, double peakMb) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f s / %.0f MB", seconds, peakMb);
        }
    }

    /** Heap in use (live and not yet collected), sampled every 5 ms: an upper bound of what a stage holds. */
    private static final class HeapSampler extends Thread {
        final AtomicLong peak = new AtomicLong();

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (!isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static final class Counting implements Reporter {
        final AtomicLong warnings = new AtomicLong();

        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
            if (warnings.getAndIncrement() < 5) {
                // cut: the warm-up book's index lists hundreds of terms its ten columns never name
                System.err.println("warning: " + (message.length() > 300 ? message.substring(0, 300) + " …" : message));
            }
        }
    }
}
