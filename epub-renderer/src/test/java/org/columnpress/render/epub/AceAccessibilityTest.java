package org.columnpress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Book;
import org.columnpress.core.render.Handoff;
import org.columnpress.core.render.Handoffs;
import org.columnpress.core.render.PageMap;
import org.columnpress.core.render.RenderOptions;
import org.junit.jupiter.api.Test;

/**
 * DAISY Ace on the edge-case book, the Hugo-shaped blog, a book with parts and every kind of matter and one
 * with an index. Needs chromium and the shared Ace script; skipped, visibly, when
 * either is missing (CI installs chromium, so it runs there). The report stays in target/ace.
 */
class AceAccessibilityTest {

    private static final Path SCRIPT = Path.of("/work/shared/tools/ace/run.sh");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void aceFindsNoAccessibilityViolationsInTheEdgeCaseBook() throws Exception {
        Path dir = workspace("ace");
        Path epub = EpubBooksTest.render(TestBooks.edgeCases(dir.resolve("book")), Map.of("embed-fonts", "true"),
                dir.resolve("epub"));

        String summary = run(epub, dir.resolve("report"));

        assertThat(summary).as("Ace summary; report in " + dir.resolve("report"))
                .contains("critical=0 serious=0 moderate=0 minor=0 total=0");
    }

    @Test
    void aceAndEpubcheckFindNothingInTheHugoShapedBlogWithItsWebpAndSeries() throws Exception {
        Path dir = workspace("ace-hugo");
        Book book = TestBooks.hugoBlog(dir.resolve("book")).read();
        Path epub = EpubBooksTest.render(book, Map.of(), dir.resolve("epub"));

        String summary = run(epub, dir.resolve("report"));

        assertThat(summary).as("Ace summary; report in " + dir.resolve("report"))
                .contains("critical=0 serious=0 moderate=0 minor=0 total=0");
        assertThat(EpubChecker.problems(epub)).isEmpty();
        assertThat(new EpubContents(epub).entries.keySet()).as("the WebP kept, the series' PNG read")
                .anyMatch(name -> name.endsWith(".webp")).anyMatch(name -> name.endsWith(".png"));
    }

    @Test
    void aceFindsNoAccessibilityViolationsInABookWithPartsAndEveryKindOfMatter() throws Exception {
        Path dir = workspace("ace-shaped");
        Path epub = EpubBooksTest.render(BookShapeEpubTest.shaped(dir.resolve("book"), true),
                Map.of("embed-fonts", "true"), dir.resolve("epub"));

        String summary = run(epub, dir.resolve("report"));

        assertThat(summary).as("Ace summary; report in " + dir.resolve("report"))
                .contains("critical=0 serious=0 moderate=0 minor=0 total=0");
    }

    @Test
    void aceFindsNoAccessibilityViolationsInABookWithPartsMatterAndAnIndexAndReadsItsConformanceClaim() throws Exception {
        Path dir = workspace("ace-index");
        Path epub = EpubBooksTest.render(IndexEpubTest.indexedBook(dir.resolve("book")).read(), Map.of(),
                dir.resolve("epub"));

        String summary = run(epub, dir.resolve("report"));

        assertThat(summary).as("Ace summary; report in " + dir.resolve("report"))
                .contains("critical=0 serious=0 moderate=0 minor=0 total=0");
        String report = Files.readString(dir.resolve("report/report.json")).replaceAll("\\s+", "");
        assertThat(report).as("Ace read the claim").contains(
                "\"dcterms:conformsTo\":\"EPUBAccessibility1.1-WCAG2.1LevelAA\"",
                "\"a11y:certifiedBy\":\"UitgeverijDeKade\"");
        String present = report.substring(report.indexOf("\"present\":["));
        assertThat(present.substring(0, present.indexOf(']'))).as("Ace's a11y-metadata, present")
                .contains("\"dcterms:conformsTo\"", "\"a11y:certifiedBy\"");
    }

    @Test
    void aceFindsNoAccessibilityViolationsWithThePrintEditionsPageBreaksAndPageList() throws Exception {
        Path dir = workspace("ace-pages");
        Book book = IndexEpubTest.indexedBook(dir.resolve("book")).read();
        Handoff<PageMap> exchange = Handoff.awaiting();
        exchange.offer(PrintPagesEpubTest.pageMap(book));
        RenderOptions options = new RenderOptions(Map.of(), dir.resolve("epub"), EpubBooksTest.TIMESTAMP,
                new RecordingReporter());
        Path epub = new EpubRendererFactory().create(options).render(book, dir.resolve("epub"), "book", new Handoffs(exchange, Handoff.none()))
                .get(0).path();

        String summary = run(epub, dir.resolve("report"));

        assertThat(summary).as("Ace summary; report in " + dir.resolve("report"))
                .contains("critical=0 serious=0 moderate=0 minor=0 total=0");
        String report = Files.readString(dir.resolve("report/report.json")).replaceAll("\\s+", "");
        assertThat(report).as("Ace read the page list's feature and the claim")
                .contains("\"printPageNumbers\"", "\"pageNavigation\"", "\"dcterms:conformsTo\"");
    }

    /** A clean folder under target/ (kept for a person to read the report), when Ace can run here. */
    private static Path workspace(String name) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "DAISY Ace needs chromium: apt-get install -y chromium");
        assumeTrue(Files.isRegularFile(SCRIPT), "DAISY Ace script not found at " + SCRIPT);
        Path dir = Path.of("target", name).toAbsolutePath();
        Files.createDirectories(dir.resolve("book"));
        Files.createDirectories(dir.resolve("epub"));
        Files.deleteIfExists(dir.resolve("epub/book.epub"));
        return dir;
    }

    private static String run(Path epub, Path report) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", SCRIPT.toString(), epub.toString(), report.toString())
                .redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("Ace finished in time").isTrue();
        String text = new String(output, StandardCharsets.UTF_8).strip();
        assertThat(process.exitValue()).as("Ace ran: " + text).isZero();
        return text;
    }
}
