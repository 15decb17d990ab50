package org.columnpress.benchmark;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.columnpress.core.publish.PublishRequest;
import org.columnpress.core.publish.PublishResult;
import org.columnpress.core.publish.Publisher;
import org.columnpress.core.Reporter;
import org.columnpress.core.read.BookDefaults;
import org.columnpress.core.render.RenderedFile;
import org.columnpress.core.render.Renderers;

/**
 * One whole publish (book PDF and EPUB, at the same time, as the Maven goal does) of a book folder, in
 * the JVM it is started in: ScaleTest starts it with {@code -Xmx512m}. Prints warnings and one line per
 * file, {@code file <name> <pages>}, then {@code done in <seconds> s}.
 */
public final class ScaleRun {

    private ScaleRun() {
    }

    /** Renderer settings from {@code -Dbenchmark.settings=epub.image-max-pixels=1000000,pdf.image-ppi=200}. */
    private static Map<String, String> settings() {
        Map<String, String> settings = new java.util.TreeMap<>();
        for (String pair : System.getProperty("benchmark.settings", "").split(",")) {
            if (!pair.isBlank()) {
                String[] kv = pair.split("=", 2);
                settings.put(kv[0].trim(), kv[1].trim());
            }
        }
        return settings;
    }

    /** @param args the book folder, the output folder */
    public static void main(String[] args) {
        long start = System.nanoTime();
        Reporter reporter = new Reporter() {
            @Override
            public void info(String message) {
                if (Boolean.getBoolean("benchmark.info")) {
                    System.out.println("info " + message);
                }
            }

            @Override
            public void warn(String message) {
                System.out.println("warning " + message);
            }
        };
        Path book = Path.of(args[0]).toAbsolutePath();
        PublishResult result = new Publisher(Renderers.discover(ScaleRun.class.getClassLoader()), reporter)
                .publish(new PublishRequest(book, Path.of(args[1]).toAbsolutePath(), "book", List.of("pdf", "epub"),
                        settings(), book, Instant.parse("2026-11-26T00:00:00Z"), BookDefaults.none()));
        for (PublishResult.Output output : result.outputs()) {
            for (RenderedFile file : output.files()) {
                System.out.println("file " + file.path().getFileName() + " " + file.pages());
            }
        }
        System.out.printf("done in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }
}
