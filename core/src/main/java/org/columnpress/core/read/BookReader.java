package org.columnpress.core.read;

import java.nio.file.Path;
import org.columnpress.core.model.Book;
import org.columnpress.core.publish.Reporter;

/**
 * Reads a book folder into a {@link Book}. Never writes to the folder. Thread-safe and reusable: the
 * parsers it holds are built once.
 */
public final class BookReader {

    private final Reporter reporter;

    public BookReader(Reporter reporter) {
        this.reporter = reporter;
    }

    /**
     * @throws org.columnpress.core.InputException naming the file (and line) at fault and what to do
     */
    public Book read(Path directory, BookDefaults defaults) {
        throw new UnsupportedOperationException("the book reader is being written (issue 2)");
    }
}
