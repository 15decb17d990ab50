package org.columnpress.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.columnpress.core.Reporter;
import org.columnpress.core.model.Book;
import org.columnpress.core.read.BookDefaults;
import org.columnpress.core.read.BookReader;
import org.columnpress.core.render.RenderOptions;
import org.columnpress.core.render.RenderedFile;
import org.columnpress.core.render.Renderers;

/**
 * The web edition of one book in a fresh JVM, no warm-up, as a build of {@code formats=web} makes it: reading
 * the book, then rendering the site, each timed, and the whole since the JVM started (issue 16's target:
 * under 3 s for 1,000 columns). Prints one line.
 *
 * <pre>java -cp "$(cat target/cp.txt):target/classes" org.columnpress.benchmark.WebRun BOOK_FOLDER WORK_FOLDER</pre>
 * (the class path from {@code dependency:build-classpath}: the benchmark README says how).
 */
public final class WebRun {

    private WebRun() {
    }

    /** @param args the book folder, a work folder */
    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args[1]).toAbsolutePath());
        long start = System.nanoTime();
        double cpu0 = cpu();
        Book book = new BookReader(Reporter.silent()).read(Path.of(args[0]).toAbsolutePath(), BookDefaults.none());
        long read = System.nanoTime();
        double cpu1 = cpu();
        List<RenderedFile> files = Renderers.discover(WebRun.class.getClassLoader()).get("web")
                .create(new RenderOptions(Map.of(), work, Instant.parse("2026-11-26T00:00:00Z"), Reporter.silent()))
                .render(book, work, "book");
        long done = System.nanoTime();
        double cpu2 = cpu();
        double sinceStart = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
        System.out.println(String.format(Locale.ROOT,
                "%,d columns: read %.2f s (CPU %.2f s), web edition %.2f s (CPU %.2f s, %,d files), %.2f s since the"
                        + " JVM started (CPU %.2f s)", book.columns().size(), (read - start) / 1e9, cpu1 - cpu0,
                (done - read) / 1e9, cpu2 - cpu1, files.size(), sinceStart, cpu2));
    }

    /**
     * The CPU time of the whole process so far (every thread, the JIT compiler's too), in seconds: on a shared
     * machine the wall time wanders with the load, the CPU time much less.
     */
    private static double cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }
}
