package org.columnpress.core.read;

import org.columnpress.core.RecordingReporter;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;

/** A book folder written by a test, and read back through the real {@link BookReader}. */
final class TempBook {

    final Path dir;
    final RecordingReporter reporter = new RecordingReporter();

    TempBook(Path dir) {
        this.dir = dir;
    }

    /** A book with a book.yaml of the given lines. */
    static TempBook withYaml(Path dir, String yaml) {
        TempBook book = new TempBook(dir);
        book.write("book.yaml", yaml);
        return book;
    }

    TempBook write(String relative, String text) {
        return writeBytes(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    TempBook writeBytes(String relative, byte[] bytes) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TempBook png(String relative) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path(String relative) {
        return dir.resolve(relative);
    }

    Book read() {
        return new BookReader(reporter).read(dir, BookDefaults.none());
    }

    /** Reads a book whose only column is {@code columns/<name>} with the given text. */
    static Column column(Path dir, String name, String text) {
        return withYaml(dir, "title: A book\nauthor: The Author\n").write("columns/" + name, text)
                .read().columns().get(0);
    }
}
