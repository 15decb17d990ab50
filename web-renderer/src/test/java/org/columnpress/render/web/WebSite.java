package org.columnpress.render.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Book;
import org.columnpress.core.read.BookDefaults;
import org.columnpress.core.read.BookReader;
import org.columnpress.core.render.Handoffs;
import org.columnpress.core.render.RenderedFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A book rendered to a site by the web renderer, for the tests to read as a reader's browser would. */
final class WebSite {

    /** The example book project's book folder. */
    static final Path EXAMPLE = Path.of("../examples/columns-of-the-week/src/book").toAbsolutePath().normalize();

    final Path root;
    final List<RenderedFile> files;
    final RecordingReporter reporter;

    private WebSite(Path root, List<RenderedFile> files, RecordingReporter reporter) {
        this.root = root;
        this.files = files;
        this.reporter = reporter;
    }

    /** The example book, read by the real reader. */
    static Book example() {
        return new BookReader(new RecordingReporter()).read(EXAMPLE, BookDefaults.none());
    }

    static WebSite render(Book book, Path out) {
        return render(book, out, Map.of(), Handoffs.none());
    }

    static WebSite render(Book book, Path out, Map<String, String> settings, Handoffs handoffs) {
        RecordingReporter reporter = new RecordingReporter();
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<RenderedFile> files = new WebRendererFactory().create(TestBooks.options(settings, reporter))
                .render(book, out, "book", handoffs);
        return new WebSite(out.resolve("book-web"), files, reporter);
    }

    Path file(String relative) {
        return root.resolve(relative);
    }

    /** A page of the site, parsed as HTML. */
    Document page(String relative) {
        try {
            return Jsoup.parse(file(relative).toFile(), "UTF-8", root.toUri().toString() + relative);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(String relative) {
        try {
            return Files.readString(file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
