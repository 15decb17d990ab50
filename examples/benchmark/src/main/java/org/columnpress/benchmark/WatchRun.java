package org.columnpress.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.columnpress.core.Reporter;
import org.columnpress.core.model.Column;
import org.columnpress.core.publish.PublishRequest;
import org.columnpress.core.publish.PublishResult;
import org.columnpress.core.publish.Publisher;
import org.columnpress.core.read.BookDefaults;
import org.columnpress.core.render.Renderers;
import org.columnpress.maven.internal.FileWatch;
import org.columnpress.maven.internal.WatchPlan;
import org.columnpress.maven.internal.Watcher;

/**
 * The watch goal's save-to-page time: the plugin's own watch loop ({@link Watcher}, with PDF, EPUB and web
 * edition) on a copy of a generated book; a column is saved (a sentence appended) and the time is taken
 * until the quick pass has put that column's new web page and its own PDF in place (both are read back to
 * check the new sentence is in them). Each save is made once with the background pass (book PDF and EPUB)
 * finished ("idle") and once while it runs ("busy", the next save of a writer who saves often). Prints one
 * line per save (with the process's CPU time meanwhile) and a summary.
 *
 * <p>Arguments: the book folder, a work folder (emptied), the number of saves of each kind (default 5).
 */
public final class WatchRun {

    private WatchRun() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]).toAbsolutePath();
        Path project = Path.of(args[1]).toAbsolutePath();
        int saves = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        deleteTree(project);
        Path book = project.resolve("src/book");
        copyTree(source, book);
        Path target = project.resolve("target");
        PublishRequest request = new PublishRequest(book, target, "book", List.of("pdf", "epub", "web"), Map.of(),
                project, Instant.parse("2026-11-28T00:00:00Z"), BookDefaults.none());
        AtomicInteger backgrounds = new AtomicInteger();
        SystemStreamLog log = new SystemStreamLog() {
            @Override
            public void info(CharSequence line) {
                if (line.toString().startsWith("Columnpress epub:")) {
                    backgrounds.incrementAndGet();
                }
                super.info(line);
            }
        };
        LinkedBlockingQueue<Done> quick = new LinkedBlockingQueue<>();
        long start = System.nanoTime();
        try (FileWatch files = new FileWatch(List.of(new FileWatch.Root(book, true, file -> true)));
             Watcher watcher = new Watcher(new Publisher(Renderers.discover(WatchRun.class.getClassLoader()),
                     Reporter.silent()).session(), WatchPlan.of(request, target.resolve("columnpress/column-cache")),
                     files, project, log, result -> quick.add(new Done(System.nanoTime(), result)))) {
            Thread loop = new Thread(watcher::run, "watch");
            loop.start();
            next(quick);
            awaitBackground(backgrounds, 1);
            System.out.printf(Locale.ROOT, "first build (quick and background): %.1f s%n", (System.nanoTime() - start) / 1e9);
            List<Path> columns;
            try (Stream<Path> all = Files.list(book.resolve("columns"))) {
                columns = all.sorted().toList();
            }
            List<Double> idle = new ArrayList<>();
            List<Double> busy = new ArrayList<>();
            for (int i = 0; i < saves; i++) {
                // Each round's two saves queue two background passes (the second waits for the first).
                awaitBackground(backgrounds, 1 + 2 * i);
                Thread.sleep(300);
                idle.add(save(columns.get((i * 17) % columns.size()), "Stilwoord" + i, quick, target, "idle"));
                // The background pass (book PDF, EPUB) now runs: save another column at once.
                busy.add(save(columns.get((i * 17 + 5) % columns.size()), "Drukwoord" + i, quick, target, "busy"));
            }
            System.out.println(summary("idle", idle));
            System.out.println(summary("busy", busy));
        }
    }

    /** What the quick pass made, and when it was in place. */
    private record Done(long at, PublishResult result) {
    }

    private static double save(Path column, String word, LinkedBlockingQueue<Done> quick, Path target, String kind)
            throws Exception {
        quick.clear();
        long cpu = processCpu();
        long saved = System.nanoTime();
        Files.writeString(column, "\n\nHier staat " + word + " nu.\n", StandardOpenOption.APPEND);
        Done done = next(quick);
        Column shown = done.result().book().columns().stream()
                .filter(c -> c.file().toAbsolutePath().normalize().equals(column.toAbsolutePath().normalize()))
                .findFirst().orElseThrow();
        Path page = target.resolve("book-web").resolve(shown.id()).resolve("index.html");
        Path pdf = target.resolve("columns").resolve(shown.id() + ".pdf");
        if (!Files.readString(page).contains(word) || !pdfText(pdf).contains(word)) {
            throw new IllegalStateException("The quick pass did not make " + page + " and " + pdf + " with " + word);
        }
        double seconds = (done.at() - saved) / 1e9;
        // The process's CPU time meanwhile: the quick pass's own after an idle save (with the JIT and GC
        // threads), the background pass's too after a busy one. On a shared machine it wanders less than the wall time.
        System.out.printf(Locale.ROOT, "save (%s) %s: page and PDF in %.2f s (%.2f s of CPU)%n", kind,
                column.getFileName(), seconds, (processCpu() - cpu) / 1e9);
        return seconds;
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Done next(LinkedBlockingQueue<Done> quick) throws InterruptedException {
        Done done = quick.poll(120, TimeUnit.SECONDS);
        if (done == null) {
            throw new IllegalStateException("No quick pass within 120 s");
        }
        return done;
    }

    private static void awaitBackground(AtomicInteger backgrounds, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (backgrounds.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private static String summary(String kind, List<Double> seconds) {
        List<Double> sorted = seconds.stream().sorted().toList();
        return String.format(Locale.ROOT, "%s saves: median %.2f s, best %.2f s, worst %.2f s (%d saves)", kind,
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path file : all.toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path file : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
