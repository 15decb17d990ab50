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

    /**
     * Writes {@code count} more columns ({@code 10-extra-1.md}...) of a few paragraphs each into
     * {@code basedir/src/book/columns}: a book long enough for a printer's page minimum.
     */
    public static void writeMoreColumns(File basedir, int count) throws IOException {
        Path columns = Files.createDirectories(basedir.toPath().resolve("src/book/columns"));
        String paragraph = "Wie op maandag het kantoor binnenloopt, ziet eerst de koffieautomaat en dan pas de "
                + "collega's. Dat zegt niets over de collega's en alles over de maandag. Het werk begint "
                + "later dan de dag, en de dag begint later dan de wekker. Tussen die drie ligt een kwartier "
                + "waarin niemand iets hoeft, en juist dat kwartier maakt de week draaglijk.";
        for (int i = 1; i <= count; i++) {
            StringBuilder text = new StringBuilder("---\ntitle: Maandag " + i + "\ndate: 2024-02-"
                    + String.format("%02d", Math.min(i, 28)) + "\n---\n\n");
            for (int p = 0; p < 7; p++) {
                text.append(paragraph).append("\n\n");
            }
            Files.writeString(columns.resolve(String.format("10-extra-%02d.md", i)), text);
        }
    }
}
