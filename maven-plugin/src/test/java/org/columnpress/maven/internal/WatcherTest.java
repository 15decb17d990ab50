package org.columnpress.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.columnpress.core.Reporter;
import org.columnpress.core.publish.PublishRequest;
import org.columnpress.core.publish.Publisher;
import org.columnpress.core.read.BookDefaults;
import org.columnpress.core.render.Renderers;
import org.columnpress.maven.it.Books;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watch goal's loop with the real renderers on a small book: a saved column gets its PDF and web page
 * again at once, the book PDF and EPUB follow in the background; a broken book.yaml is reported and the last good
 * files stay; once fixed, the book is built again.
 */
class WatcherTest {

    @TempDir
    Path project;
    Path book;
    Path target;
    final RecordingLog log = new RecordingLog();
    Watcher watcher;
    Thread loop;
    final java.util.concurrent.atomic.AtomicInteger reloads = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        book = Files.createDirectories(project.resolve("src/book/columns")).getParent();
        Files.writeString(book.resolve("book.yaml"), "title: Kolommen\nauthor: Wim Aalbers\nlanguage: nl\n");
        Files.writeString(book.resolve("columns/brug.md"), "# De brug\n\nDe brug stond open.\n");
        Files.writeString(book.resolve("columns/gracht.md"), "# De gracht\n\nHet water was stil.\n");
        target = project.resolve("target");
        PublishRequest request = new PublishRequest(book, target, "kolommen", List.of("pdf", "epub", "web"), Map.of(),
                project, Instant.parse("2026-11-28T00:00:00Z"), BookDefaults.none());
        WatchPlan plan = WatchPlan.of(request, target.resolve("columnpress/column-cache"));
        Publisher.Session session = new Publisher(Renderers.discover(getClass().getClassLoader()),
                Reporter.silent()).session();
        FileWatch files = new FileWatch(List.of(new FileWatch.Root(book, true, file -> true)));
        watcher = new Watcher(session, plan, files, project, log, result -> reloads.incrementAndGet());
        loop = new Thread(watcher::run, "watch-test");
        loop.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        watcher.close();
        loop.join(10_000);
        assertThat(loop.isAlive()).isFalse();
    }

    @Test
    void aSavedColumnIsBuiltAgainAndABrokenBookYamlKeepsTheLastGoodFiles() throws Exception {
        Path columnPdf = target.resolve("columns/brug.pdf");
        Path bookPdf = target.resolve("kolommen.pdf");
        waitFor("the first build", () -> Files.isRegularFile(bookPdf) && Files.isRegularFile(columnPdf)
                && Files.isRegularFile(target.resolve("kolommen.epub")));
        assertThat(text(columnPdf)).contains("De brug stond open.");
        Path page = target.resolve("kolommen-web/brug/index.html");
        assertThat(page).content().contains("De brug stond open.");

        Files.writeString(book.resolve("columns/brug.md"), "# De brug\n\nDe brug ging dicht.\n");
        // The line comes when the files are in place.
        waitFor("the quick pass's line", () -> log.infos.stream().anyMatch(line -> line.matches(
                "Columnpress: src/book/columns/brug\\.md changed: target/columns/brug\\.pdf,"
                + " target/kolommen-web/brug/index\\.html in \\d+\\.\\d\\d s")));
        assertThat(text(columnPdf)).contains("De brug ging dicht.");
        assertThat(page).content().contains("De brug ging dicht.").doesNotContain("De brug stond open.");
        waitFor("the background pass's lines", () -> log.infos.stream()
                .filter(line -> line.startsWith("Columnpress epub: target/kolommen.epub")).count() >= 2);
        assertThat(text(bookPdf)).contains("De brug ging dicht.");

        byte[] goodColumn = Files.readAllBytes(columnPdf);
        byte[] goodBook = Files.readAllBytes(bookPdf);
        String goodPage = Files.readString(page);
        Files.writeString(book.resolve("book.yaml"), "title: Kolommen\nauthor: [Wim Aalbers\nlanguage: nl\n");
        waitFor("the error", () -> log.errors.stream().anyMatch(line -> line.contains("src/book/book.yaml:")));
        Thread.sleep(500); // nothing more may come of it
        assertThat(columnPdf).hasBinaryContent(goodColumn);
        assertThat(bookPdf).hasBinaryContent(goodBook);
        assertThat(page).hasContent(goodPage);
        assertThat(log.infos).contains("Columnpress: the last good files stay in place; fix it and save to build again.");

        Files.writeString(book.resolve("book.yaml"), "title: Grachten\nauthor: Wim Aalbers\nlanguage: nl\n");
        waitFor("the book PDF with the new title", () -> text(bookPdf).contains("Grachten"));
        assertThat(target.resolve("kolommen-web/index.html")).content().contains("Grachten");
        assertThat(reloads).hasValueGreaterThanOrEqualTo(3);
        assertThat(stagingFolders()).isEmpty();
    }

    private List<Path> stagingFolders() throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().startsWith(".columnpress-")).toList();
        }
    }

    private static String text(Path pdf) {
        try {
            return Books.pdfText(pdf.toFile());
        } catch (IOException e) {
            return ""; // being replaced right now
        }
    }

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No " + what + " within 60 s");
            }
            Thread.sleep(50);
        }
    }
}
