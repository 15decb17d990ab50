package org.columnpress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.columnpress.core.model.Book;
import org.columnpress.core.Reporter;
import org.columnpress.core.read.BookDefaults;
import org.columnpress.core.read.BookReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed column as a real book folder (src/test/resources/books/seed), read by core's book reader. */
class SeedBookFolderTest {

    @TempDir
    Path out;

    @Test
    void theSeedBookFolderBecomesAnEpubThatEpubcheckAccepts() throws Exception {
        Path folder = Path.of(getClass().getClassLoader().getResource("books/seed").toURI());
        Book book = new BookReader(Reporter.silent()).read(folder, BookDefaults.none());
        Path epub = EpubBooksTest.render(book, Map.of(), Files.createDirectories(out.resolve("seed")));
        assertThat(EpubChecker.problems(epub)).isEmpty();
        assertThat(new EpubContents(epub).bodyText("OEBPS/text/column-0001.xhtml"))
                .contains("Niet zo commercieel correct graag", "Ga niet voor de fooi maar voor de fee.",
                        "© Wim Aalbers 2009");
    }
}
