package org.columnpress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.Reporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.render.RenderOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A benchmark, not part of the normal build: a generated 1000-column book to EPUB, with time and peak
 * heap printed. Run it with
 * {@code ./mvnw -pl epub-renderer verify -Dtest=LargeBookBenchmarkTest -Dbenchmark=true -DargLine=-Xmx256m}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class LargeBookBenchmarkTest {

    @TempDir
    Path temp;

    @Test
    void aThousandColumnBookRendersWithinSecondsAndBoundedMemory() throws Exception {
        String paragraph = "Een alinea van een column over werk, klanten en respect, lang genoeg om op "
                + "een pagina als gewone tekst te lezen. ".repeat(6);
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            List<Block> body = new ArrayList<>();
            for (int p = 0; p < 12; p++) {
                body.add(TestBooks.paragraph(paragraph + " (" + i + "." + p + ")"));
            }
            columns.add(TestBooks.column(temp, "c" + i, "Column nummer " + (i + 1), "nl", body, List.of(),
                    Optional.of("De Krant"), Optional.of(LocalDate.of(2000, 1, 1).plusDays(i))));
        }
        Book book = TestBooks.book(temp, "Duizend columns", Optional.empty(), "nl", columns, Optional.empty());
        RenderOptions options = new RenderOptions(Map.of("embed-fonts", "true"), temp,
                EpubBooksTest.TIMESTAMP, Reporter.silent());
        Path out = Files.createDirectories(temp.resolve("out"));
        var renderer = new EpubRendererFactory().create(options);
        renderer.render(book, out, "warmup");

        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        Path epub = renderer.render(book, out, "book").get(0).path();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("1000 columns: %d ms, %d KB EPUB, peak heap (all pools) %d MB, max heap %d MB%n",
                millis, Files.size(epub) / 1024, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        assertThat(new EpubContents(epub).entries).containsKey("OEBPS/text/column-1000.xhtml");
    }
}
