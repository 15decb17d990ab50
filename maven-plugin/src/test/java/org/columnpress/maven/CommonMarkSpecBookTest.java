package org.columnpress.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.columnpress.core.publish.PublishRequest;
import org.columnpress.core.publish.PublishResult;
import org.columnpress.core.publish.Publisher;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.read.BookDefaults;
import org.columnpress.core.render.RenderedFile;
import org.columnpress.core.render.Renderers;
import org.columnpress.render.epub.EpubChecker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A book nobody here wrote: every example of the CommonMark specification (0.31.2, from
 * commonmark-test-util) as one Markdown column, built to EPUB and PDF by the real publisher.
 *
 * <p>Images: the relative ones the examples name (moon.jpg, train.jpg, url, uri3, and foo in a raw HTML
 * {@code <img>}, which is an image too) are provided beside the columns as real images, and those with
 * paths that start with / ({@code /url}, {@code /path/to/train.jpg}) at the top of the book folder, where a
 * book looks for them as a site generator looks in the site's root. So every example is a column of the
 * book.
 */
class CommonMarkSpecBookTest {

    private static final String SPEC = "spec.txt";

    @TempDir
    static Path root;

    static List<SpecExamples.Example> examples;
    static final RecordingReporter reporter = new RecordingReporter();
    static PublishResult result;

    @BeforeAll
    static void buildTheSpecAsABook() throws IOException {
        long start = System.nanoTime();
        examples = SpecExamples.read(SPEC);
        Path book = root.resolve("book");
        writeBookFolder(book, examples);
        result = new Publisher(Renderers.discover(CommonMarkSpecBookTest.class.getClassLoader()), reporter)
                .publish(new PublishRequest(book, root.resolve("out"), "commonmark-spec", List.of("epub", "pdf"),
                        Map.of(), root, Instant.parse("2026-01-01T00:00:00Z"), BookDefaults.none()));
        System.out.printf("CommonMark spec book: %d examples, %d reporter.warnings; built in %d ms (%s)%n",
                examples.size(), reporter.warnings.size(), (System.nanoTime() - start) / 1_000_000,
                result.outputs().stream().map(o -> o.format() + " " + o.elapsed().toMillis() + " ms").toList());
    }

    @Test
    void everyExampleIsAColumnOfTheBook() {
        assertThat(examples).hasSizeGreaterThan(600);
        assertThat(result.book().columns()).hasSize(examples.size());
        assertThat(result.book().columns().get(0).title()).isEqualTo(title(examples.get(0)));
    }

    @Test
    void everyWarningNamesTheColumnItIsAbout() {
        assertThat(reporter.warnings).isNotEmpty().allSatisfy(w -> assertThat(w).containsPattern("example-\\d{3}\\.md"));
    }

    @Test
    void theEpubPassesEpubcheckWithoutErrorsOrWarnings() {
        assertThat(EpubChecker.problems(single("epub"))).isEmpty();
    }

    @Test
    void thePdfCarriesTheFirstAndTheLastExample() throws IOException {
        File pdf = single("pdf").toFile();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(examples.size() / 4);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(title(examples.get(0)))
                    .contains(title(examples.get(examples.size() - 1)));
        }
    }

    private static Path single(String format) {
        List<RenderedFile> books = result.outputs().stream().filter(o -> o.format().equals(format))
                .flatMap(o -> o.files().stream()).filter(f -> f.role() == RenderedFile.Role.BOOK).toList();
        assertThat(books).hasSize(1);
        return books.get(0).path();
    }

    private static void writeBookFolder(Path book, List<SpecExamples.Example> columns) {
        TestBooks.Folder folder = TestBooks.folder(book, "title: The CommonMark examples\nauthor: John MacFarlane\n"
                + "language: en\ndate: 2024-01-28\nrights: CC-BY-SA 4.0\n")
                .image("columns/moon.jpg", "jpg").image("columns/train.jpg", "jpg")
                .image("columns/url", "png").image("columns/uri3", "png").image("columns/foo", "png")
                .image("url", "png").image("url2", "png").image("uri", "png").image("path/to/train.jpg", "jpg");
        for (SpecExamples.Example example : columns) {
            folder.write("columns/" + fileName(example), columnText(example));
        }
    }

    private static String fileName(SpecExamples.Example example) {
        return String.format("example-%03d.md", example.number());
    }

    /** Front matter gives the title, so that the example itself is the column's whole body. */
    private static String columnText(SpecExamples.Example example) {
        return "---\ntitle: \"" + title(example) + "\"\n---\n" + example.markdown();
    }

    private static String title(SpecExamples.Example example) {
        return "Example " + example.number() + ", " + example.section().replace("\"", "");
    }
}
