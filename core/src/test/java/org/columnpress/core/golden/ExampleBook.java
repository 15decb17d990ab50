package org.columnpress.core.golden;

import java.nio.file.Path;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Book;

/**
 * The book folder around one example of a spec file, read by the real book reader: the spec file's
 * {@code book.yaml}, two images ({@code images/photo.png}, a tiny PNG, and {@code images/chart.jpg}), and
 * the example's text as {@code columns/<file>}.
 */
public final class ExampleBook {

    /** Stands for the book folder (a temporary folder) in outputs and warnings. */
    public static final String PLACEHOLDER = "${book}";

    private final Path dir;
    public final Book book;
    /** What the reader said; the renderers may report to it too. */
    public final RecordingReporter reporter;

    private ExampleBook(Path dir, Book book, RecordingReporter reporter) {
        this.dir = dir;
        this.book = book;
        this.reporter = reporter;
    }

    /** Writes the example's book folder into {@code dir} (which must not exist yet) and reads it. */
    public static ExampleBook read(Path dir, SpecFile spec, SpecFile.Example example) {
        TestBooks.Folder folder = TestBooks.folder(dir, spec.bookYaml()).png("images/photo.png")
                .image("images/chart.jpg", "jpg").write("columns/" + example.file(), example.input());
        return new ExampleBook(dir.toAbsolutePath(), folder.read(), folder.reporter);
    }

    /**
     * The output followed, where there were any, by a line with a single {@code .} and the warnings, one
     * a line, each {@code warning: <message>}; the book folder written as {@value #PLACEHOLDER}.
     */
    public String withWarnings(String output) {
        StringBuilder text = new StringBuilder(output);
        if (!reporter.warnings.isEmpty()) {
            text.append("\n.");
            reporter.warnings.forEach(w -> text.append("\nwarning: ").append(w));
        }
        return normalise(text.toString());
    }

    /** The book folder, as a file URI and as a path, replaced by {@value #PLACEHOLDER}. */
    public String normalise(String text) {
        String uri = dir.toUri().toString();
        return text.replace(uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri, "file:" + PLACEHOLDER)
                .replace(dir.toString(), PLACEHOLDER);
    }
}
