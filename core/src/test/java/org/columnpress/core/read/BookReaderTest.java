package org.columnpress.core.read;

import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.Warning;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookReaderTest {

    @TempDir
    Path dir;

    @Test
    void aMixedBookLoadsInTheOrderBookYamlGives() {
        TestBooks.Folder folder = TestBooks.folder(dir).copy("books/mixed/book.yaml", "book.yaml")
                .copy("books/mixed/columns/de-brug.md", "columns/de-brug.md")
                .copy("books/mixed/columns/notes.md", "columns/notes.md")
                .copy("books/mixed/columns/unlisted.md", "columns/unlisted.md").seedColumn();
        RecordingReporter reporter = folder.reporter;
        Book book = folder.read();
        assertThat(book.columns()).extracting(Column::id)
                .containsExactly("de-brug", "000-696a874dd5a2c124", "notes");
        assertThat(book.columns()).extracting(Column::title).containsExactly(
                "De brug", "Niet zo commercieel correct graag", "Aantekeningen");
        assertThat(book.title()).isEqualTo("Columns & “commentaren”");
        assertThat(book.subtitle()).contains("Een bundel");
        assertThat(book.authors()).containsExactly("Wim Aalbers", "Ann de Vries");
        assertThat(book.language()).isEqualTo("nl");
        assertThat(book.identifier()).isEqualTo("urn:isbn:9789012345675");
        assertThat(book.isbn()).contains("9789012345675");
        assertThat(book.date()).contains(LocalDate.of(2010, 5, 1));
        assertThat(book.publisher()).contains("Uitgeverij Zaak");
        assertThat(book.edition()).contains("Eerste druk");
        assertThat(book.labels().get(Label.CONTENTS)).isEqualTo("Inhoudsopgave");
        assertThat(book.labels().get(Label.BY)).isEqualTo("Door");
        assertThat(book.columns().get(0).date()).contains(LocalDate.of(2009, 4, 2));
        assertThat(book.columns().get(0).authors()).containsExactly("Ann de Vries");
        assertThat(reporter.warnings).singleElement().asString()
                .contains("unlisted.md").contains("not listed under columns");
    }

    @Test
    void withoutAListColumnsGoByDateThenName() {
        TestBooks.Folder book = TestBooks.folder(dir, "title: B\n")
                .write("columns/b.md", "---\ntitle: B\ndate: 2010-01-01\n---\nx\n")
                .write("columns/a.md", "---\ntitle: A\n---\nx\n")
                .write("columns/c.md", "---\ntitle: C\ndate: 2009-01-01\n---\nx\n")
                .write("columns/Z Z.txt", "Zed\n\nText.\n");
        assertThat(book.read().columns()).extracting(Column::id).containsExactly("c", "b", "a", "z-z");
    }

    @Test
    void idsAreUniqueAndDuplicateTitlesOnlyWarn() {
        TestBooks.Folder book = TestBooks.folder(dir, "title: B\n")
                .write("columns/Café.md", "# Same\n\nx\n").write("columns/cafe.txt", "Same\n\nText.\n");
        Book read = book.read();
        assertThat(read.columns()).extracting(Column::id).containsExactly("cafe", "cafe-2");
        assertThat(book.reporter.warnings).singleElement().asString().contains("same title").contains("Same");
    }

    @Test
    void theReadersWarningsCarryAKindToGroupThemByAndTheirFileAndLine() {
        TestBooks.Folder book = TestBooks.folder(dir, "title: B\n")
                .write("columns/a.md", "# A\n\nSee [this](/posts/1) and [that](/posts/2).\n\n<div>x</div>\n");
        book.read();
        assertThat(book.reporter.structured).extracting(Warning::kind, Warning::file, Warning::line).containsExactly(
                tuple("links to the author's own site (/…) printed as text", dir.resolve("columns/a.md"), 3),
                tuple("links to the author's own site (/…) printed as text", dir.resolve("columns/a.md"), 3),
                tuple("HTML blocks dropped", dir.resolve("columns/a.md"), 5));
        assertThat(book.reporter.warnings.get(2)).isEqualTo(dir.resolve("columns/a.md") + ":5: "
                + book.reporter.structured.get(2).text());
    }

    @Test
    void labelsFollowTheLanguageWithFallbacks() {
        assertThat(TestBooks.folder(dir, "title: B\nlanguage: en-GB\n").write("columns/a.md", "# T\n\nx\n")
                .read().labels().get(Label.CONTENTS)).isEqualTo("Contents");
        assertThat(TestBooks.folder(dir, "title: B\nlanguage: nl\n").read().labels().get(Label.NOTES))
                .isEqualTo("Noten");
        assertThat(TestBooks.folder(dir, "title: B\nlanguage: fi\n").read().labels().get(Label.BY))
                .isEqualTo("By");
        assertThat(TestBooks.folder(dir, "title: B\nlanguage: de\nlabels:\n  by: Geschrieben von\n").read()
                .labels().get(Label.BY)).isEqualTo("Geschrieben von");
    }

    @Test
    void aColumnInAnotherLanguageGetsThatLanguagesWordsAndTheBooksOverridesStayWithTheBook() {
        Book book = TestBooks.folder(dir, "title: B\nlanguage: nl\nlabels:\n  by: Geschreven door\n")
                .write("columns/a.md", "# Een\n\nx\n")
                .write("columns/b.md", "---\ntitle: Two\nlanguage: en-GB\n---\nx\n")
                .write("columns/c.md", "---\ntitle: Drie\nlanguage: nl-BE\n---\nx\n").read();
        assertThat(book.columns()).extracting(column -> book.labelsFor(column).get(Label.BY))
                .containsExactly("Geschreven door", "By", "Geschreven door");
        assertThat(book.labelsFor(book.columns().get(1)).formatDate(LocalDate.of(2024, 3, 8)))
                .isEqualTo("8 March 2024");
    }

    @Test
    void theDefaultIdentifierIsAStableUuid() {
        TestBooks.Folder book = TestBooks.folder(dir, "title: B\nauthor: A\n").write("columns/a.md", "# T\n\nx\n");
        String first = book.read().identifier();
        assertThat(first).startsWith("urn:uuid:").isEqualTo(book.read().identifier());
        book.write("book.yaml", "title: C\nauthor: A\n");
        assertThat(book.read().identifier()).isNotEqualTo(first);
        book.write("book.yaml", "title: C\nidentifier: ISBN 0-306-40615-2\n");
        assertThat(book.read().identifier()).isEqualTo("urn:isbn:0306406152");
    }
}
