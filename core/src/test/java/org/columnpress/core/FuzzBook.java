package org.columnpress.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.columnpress.core.model.Book;
import org.columnpress.core.read.BookDefaults;
import org.columnpress.core.read.BookReader;

/**
 * A book folder around one column of fuzzed bytes, for every module's fuzz tests: core's readers and the
 * EPUB renderer's XHTML see the same book. It holds a real image, so that inputs can reach the image code
 * past "does not exist".
 */
public final class FuzzBook {

    private static final BookReader READER = new BookReader(Reporter.silent());

    private final Path book;

    private FuzzBook(Path book) {
        this.book = book;
    }

    /** Writes the book folder (book.yaml, images/p.png, an empty columns/) under {@code root}. */
    public static FuzzBook in(Path root) {
        try {
            Path book = TestBooks.folder(root.resolve("book"), "title: Fuzz\nauthor: Jazzer\nlanguage: nl\n")
                    .png("images/p.png").dir;
            Files.createDirectories(book.resolve("columns"));
            return new FuzzBook(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The book with {@code bytes} as its one column {@code columns/<name>}, or empty when core refused the
     * column, which it may only do with an {@link InputException} that names the column file and a line.
     * The column file is gone afterwards, so one folder serves every input of a run.
     */
    public Optional<Book> read(String name, byte[] bytes) {
        Path file = book.resolve("columns").resolve(name);
        try {
            Files.write(file, bytes);
            return Optional.of(READER.read(book, BookDefaults.none()));
        } catch (InputException refused) {
            assertThat(refused.file()).as(refused.getMessage()).isEqualTo(file);
            assertThat(refused.line()).as(refused.getMessage()).isPositive();
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
