package org.columnpress.maven.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.columnpress.core.TestBooks;

/** The columns the ITs' books share ({@code src/it/shared-book/README.md}), for their prebuild scripts. */
public final class SharedBook {

    private SharedBook() {
    }

    /**
     * Copies the seed column (as {@code 01-commercieel.txt}, from core's test jar) and the columns of
     * {@code sharedBook/columns} into {@code basedir/src/book/columns}.
     */
    public static void copyColumns(File sharedBook, File basedir) throws IOException {
        Path columns = Files.createDirectories(basedir.toPath().resolve("src/book/columns"));
        try (InputStream seed = SharedBook.class.getClassLoader().getResourceAsStream(TestBooks.SEED)) {
            if (seed == null) {
                throw new IOException("the seed column " + TestBooks.SEED + " is not on the class path");
            }
            Files.copy(seed, columns.resolve("01-commercieel.txt"), StandardCopyOption.REPLACE_EXISTING);
        }
        try (Stream<Path> shared = Files.list(sharedBook.toPath().resolve("columns"))) {
            for (Path column : shared.toList()) {
                Files.copy(column, columns.resolve(column.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
