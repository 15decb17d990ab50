package org.columnpress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.columnpress.core.TestBooks;
import org.junit.jupiter.api.Test;

/**
 * DAISY Ace on the edge-case book. Needs chromium and the shared Ace script; skipped, visibly, when
 * either is missing (CI installs chromium, so it runs there). The report stays in target/ace.
 */
class AceAccessibilityTest {

    private static final Path SCRIPT = Path.of("/work/shared/tools/ace/run.sh");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void aceFindsNoAccessibilityViolationsInTheEdgeCaseBook() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "DAISY Ace needs chromium: apt-get install -y chromium");
        assumeTrue(Files.isRegularFile(SCRIPT), "DAISY Ace script not found at " + SCRIPT);
        Path dir = Files.createDirectories(Path.of("target", "ace").toAbsolutePath());
        Path book = Files.createDirectories(dir.resolve("book"));
        Path out = Files.createDirectories(dir.resolve("epub"));
        Files.deleteIfExists(out.resolve("book.epub"));
        Path epub = EpubBooksTest.render(TestBooks.edgeCases(book), Map.of("embed-fonts", "true"), out);

        String summary = run(epub, dir.resolve("report"));

        assertThat(summary).as("Ace summary; report in " + dir.resolve("report"))
                .contains("critical=0 serious=0 moderate=0 minor=0 total=0");
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
