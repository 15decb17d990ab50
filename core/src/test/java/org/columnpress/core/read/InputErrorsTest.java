package org.columnpress.core.read;

import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.columnpress.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every mistake a writer can make is an InputException naming the file, the line and what to do. */
class InputErrorsTest {

    private static final String COLUMN = "# T\n\nText.\n";

    @TempDir
    Path dir;

    private InputException bookYamlError(String yaml) {
        TestBooks.Folder book = TestBooks.folder(dir, yaml).write("columns/a.md", COLUMN);
        return (InputException) org.assertj.core.api.Assertions.catchThrowable(book::read);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "title: A\\nsubtitel: B|2|unknown key 'subtitel'. Did you mean 'subtitle'? Known keys: title, subtitle",
        "title: A\\nauthor: {name: B}|2|'author' must be a single value, not a mapping",
        "title: A\\ndate: 21 March 2009|2|'date' is not a date: '21 March 2009'. Write it as YYYY-MM-DD",
        "title: ''|1|'title' is empty",
        "title: A\\n  bad: [indent|2|the YAML does not parse",
        "title: A\\ntitle: B|2|the key 'title' appears twice",
        "title: A\\nlanguage: 12345678901|2|not a BCP 47 language tag",
        "title: A\\nidentifier: 978-90-12345-67-0|2|wrong check digit",
        "title: A\\nidentifier: my-book|2|neither an ISBN nor a URN",
        "title: A\\nlabels:\\n  inhoud: Inhoud|3|unknown key 'inhoud'. Known keys: contents, by",
        "title: A\\ncolumns: [a.md, b.md]|2|the column 'b.md' listed under columns does not exist",
        "title: A\\ncover: images/none.png|2|the image 'images/none.png' does not exist",
    })
    void mistakesInBookYamlNameTheFileAndLine(String yaml, int line, String message) {
        InputException e = bookYamlError(yaml.replace("\\n", "\n"));
        assertThat(e).isNotNull();
        assertThat(e.file()).isEqualTo(dir.resolve("book.yaml"));
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.getMessage()).startsWith(dir.resolve("book.yaml") + ":" + line + ": ").contains(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "---\\ntitle: Column: de brug\\n---\\nText.|2|the YAML does not parse",
        "---\\ntitle: A\\ndate: 2009-13-01\\n---\\nText.|3|'date' is not a date",
        "---\\ntitle: A\\npublishDate: soon\\n---\\nText.|3|'publishDate' is not a date",
        "---\\ntitle: A\\ndraft: maybe\\n---\\nText.|3|'draft' must be true or false",
        "---\\ntitle: A\\ntags: {a: b}\\n---\\nText.|3|'tags' must be a single value",
        "---\\ntitle: A\\nText.|1|never closed",
        "+++\\ntitle = 'A'\\ndate = 2020-05-26\\ntitle = 'B'\\n+++\\nText.|4|the TOML front matter does not parse",
        "+++\\ntitle = A\\n+++\\nText.|2|the TOML front matter does not parse",
        "+++\\ntitle = 'A'\\ndate = 'soon'\\n+++\\nText.|3|'date' is not a date",
        "+++\\ntitle = 'A'\\ntags = {a = 'b'}\\n+++\\nText.|3|'tags' must be a single value",
        "+++\\ntitle = 'A'\\nText.|1|the front matter opened by +++ on line 1 is never closed",
        "Just text, no heading.|1|the column has no title",
        "---\\nsubtitle: S\\n---\\nText.|1|the column has no title",
        "# T\\n\\n![x](../images/missing.png)|3|the image '../images/missing.png' does not exist",
    })
    void mistakesInAColumnNameTheFileAndLine(String markdown, int line, String message) {
        TestBooks.Folder book = TestBooks.folder(dir, "title: B\n").write("columns/c.md", markdown.replace("\\n", "\n"));
        assertThatThrownBy(book::read).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.file()).isEqualTo(dir.resolve("columns/c.md"));
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.getMessage()).contains("c.md:" + line + ": ").contains(message);
        });
    }

    @Test
    void errorsInSeveralColumnsAreReportedTogetherSortedByFileAndLine() {
        // strict: unknown front-matter keys are errors, as they were before site generators' keys were read
        TestBooks.Folder book = TestBooks.folder(dir, "title: B\nstrict: true\ncolumns: [c.md, a.md, b.md, d.md]\n")
                .write("columns/c.md", "---\ntitel: C\n---\nText.")
                .write("columns/a.md", "---\ntitle: A\ncolour: red\n---\nText.")
                .write("columns/b.md", COLUMN)
                .write("columns/d.md", "Just text, no heading.");
        assertThatThrownBy(book::read).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.problems()).extracting(InputException.Problem::file)
                    .containsExactly(dir.resolve("columns/a.md"), dir.resolve("columns/c.md"), dir.resolve("columns/d.md"));
            assertThat(e.problems()).extracting(InputException.Problem::line).containsExactly(3, 2, 1);
            assertThat(e.omitted()).isZero();
            assertThat(e.file()).isEqualTo(dir.resolve("columns/a.md"));
            assertThat(e.describe(dir)).isEqualTo(String.join("\n",
                    "3 columns have errors:",
                    "  " + Path.of("columns", "a.md") + ":3: " + e.problems().get(0).message(),
                    "  " + Path.of("columns", "c.md") + ":2: " + e.problems().get(1).message(),
                    "  " + Path.of("columns", "d.md") + ":1: " + e.problems().get(2).message()));
            assertThat(e.getMessage()).startsWith("3 columns have errors:\n  " + dir.resolve("columns/a.md") + ":3: ");
            assertThat(e.problems().get(1).message()).contains("unknown key 'titel'. Did you mean 'title'?");
        });
    }

    @Test
    void aThousandBrokenColumnsListTheFirstHundredAndCountTheRest() {
        TestBooks.Folder book = TestBooks.folder(dir, "title: B\n");
        for (int i = 1000; i > 0; i--) {
            book.write(String.format("columns/c%04d.md", i), "No title here.");
        }
        assertThatThrownBy(book::read).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.problems()).hasSize(100);
            assertThat(e.problems().get(0).file()).isEqualTo(dir.resolve("columns/c0001.md"));
            assertThat(e.problems().get(99).file()).isEqualTo(dir.resolve("columns/c0100.md"));
            assertThat(e.omitted()).isEqualTo(900);
            assertThat(e.getMessage()).startsWith("1000 columns have errors:\n")
                    .endsWith("c0100.md:1: " + e.problems().get(99).message() + "\n  … and 900 more");
        });
    }

    @Test
    void oneBrokenColumnAmongGoodOnesIsReportedAsBefore() {
        TestBooks.Folder book = TestBooks.folder(dir, "title: B\nstrict: true\n").write("columns/a.md", COLUMN)
                .write("columns/b.md", "---\ntitel: B\n---\nText.").write("columns/c.md", COLUMN);
        assertThatThrownBy(book::read).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.problems()).singleElement();
            assertThat(e.getMessage()).startsWith(dir.resolve("columns/b.md") + ":2: unknown key 'titel'");
        });
    }

    @Test
    void aMistakeInBookYamlStopsBeforeTheColumnsAreRead() {
        TestBooks.Folder book = TestBooks.folder(dir, "title: B\nsubtitel: S\n")
                .write("columns/a.md", "No title here.");
        assertThatThrownBy(book::read).isInstanceOfSatisfying(InputException.class, e ->
                assertThat(e.problems()).singleElement().extracting(InputException.Problem::file)
                        .isEqualTo(dir.resolve("book.yaml")));
    }

    @Test
    void everyMistakeInBookYamlIsReportedAtOnceSortedByLine() {
        TestBooks.Folder book = TestBooks.folder(dir, String.join("\n",
                        "title: B",
                        "subtitel: S",
                        "author: {name: A}",
                        "date: 21 March 2009",
                        "language: 12345678901",
                        "cover: images/none.png",
                        "colour: red",
                        "labels:",
                        "  inhoud: Inhoud",
                        "  by: ''",
                        "columns: [a.md, Zomer.md, a.md, gone.md]",
                        "strict: maybe",
                        ""))
                .write("columns/a.md", COLUMN).write("columns/zomer.md", COLUMN).write("columns/other.md", COLUMN);
        assertThatThrownBy(book::read).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.problems()).extracting(InputException.Problem::file).containsOnly(dir.resolve("book.yaml"));
            assertThat(e.problems()).extracting(InputException.Problem::line)
                    .containsExactly(2, 3, 4, 5, 6, 7, 9, 10, 11, 11, 11, 12);
            assertThat(e.problems()).extracting(InputException.Problem::message).satisfiesExactly(
                    m -> assertThat(m).startsWith("unknown key 'subtitel'. Did you mean 'subtitle'?"),
                    m -> assertThat(m).startsWith("'author' must be a single value"),
                    m -> assertThat(m).startsWith("'date' is not a date"),
                    m -> assertThat(m).contains("not a BCP 47 language tag"),
                    m -> assertThat(m).startsWith("the image 'images/none.png' does not exist"),
                    m -> assertThat(m).startsWith("unknown key 'colour'"),
                    m -> assertThat(m).startsWith("unknown key 'inhoud'"),
                    m -> assertThat(m).startsWith("'by' is empty"),
                    m -> assertThat(m).startsWith("the column 'Zomer.md' listed under columns does not exist")
                            .contains("Did you mean columns/zomer.md?"),
                    m -> assertThat(m).startsWith("the column 'a.md' is listed twice"),
                    m -> assertThat(m).startsWith("the column 'gone.md' listed under columns does not exist"),
                    m -> assertThat(m).startsWith("'strict' must be true or false"));
            assertThat(e.describe(dir)).startsWith("12 errors in book.yaml:\n  book.yaml:2: unknown key 'subtitel'");
        });
        // the file left out of the list is not warned about while the list itself is wrong
        assertThat(book.reporter.warnings).isEmpty();
    }

    @Test
    void aBookYamlWithoutTitleAndAnEmptyColumnsFolderGivesBothErrors() {
        TestBooks.Folder book = TestBooks.folder(dir, "subtitle: S\nedition: ''\n");
        assertThatThrownBy(book::read).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.problems()).extracting(p -> p.file().getFileName().toString(), InputException.Problem::line)
                    .containsExactly(org.assertj.core.api.Assertions.tuple("book.yaml", 1),
                            org.assertj.core.api.Assertions.tuple("book.yaml", 2),
                            org.assertj.core.api.Assertions.tuple("columns", 0));
            assertThat(e.getMessage()).startsWith("3 errors in 2 files:");
        });
    }

    @Test
    void aFolderWithoutColumnsSaysWhereItLookedAndWhatToPutThere() {
        TestBooks.Folder book = TestBooks.folder(dir, "title: B\n").write("columns/notes.doc", "x")
                .write("columns/.hidden.md", COLUMN).write("columns/sub/_index.md", COLUMN).png("columns/img/a.png");
        assertThatThrownBy(book::read).isInstanceOf(InputException.class)
                .hasMessageContaining(dir.resolve("columns").toString())
                .hasMessageContaining("no columns found").hasMessageContaining(".md").hasMessageContaining(".txt");
    }

    @Test
    void withoutBookYamlTheDefaultsTitleIsEnough() {
        TestBooks.folder(dir).write("columns/a.md", COLUMN);
        BookDefaults defaults = new BookDefaults(java.util.Optional.of("From the POM"),
                java.util.Optional.of("About"), java.util.List.of("Pom Author"), java.util.Optional.empty());
        var book = new BookReader(new RecordingReporter()).read(dir, defaults);
        assertThat(book.title()).isEqualTo("From the POM");
        assertThat(book.authors()).containsExactly("Pom Author");
        assertThat(book.description()).contains("About");
        assertThatThrownBy(() -> new BookReader(new RecordingReporter()).read(dir, BookDefaults.none()))
                .isInstanceOf(InputException.class).hasMessageContaining("book.yaml")
                .hasMessageContaining("title: Your title");
    }

    @Test
    void aFileThatIsNotUtf8NamesTheByteOffsetAndLine() {
        byte[] latin1 = "# T\n\nCaf\u00e9 au lait.\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        TestBooks.Folder book = TestBooks.folder(dir, "title: B\n").writeBytes("columns/c.md", latin1);
        assertThatThrownBy(book::read).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.getMessage()).contains("c.md:3:").contains("byte offset 8").contains("0xE9")
                    .contains("UTF-8");
        });
    }

    @Test
    void aBomCrlfAndForbiddenCharactersAreAcceptedOrDroppedWithAWarning() {
        TestBooks.Folder book = TestBooks.folder(dir, "\uFEFFtitle: B\r\n")
                .write("columns/c.txt", "\uFEFFTitle\r\n\r\nOne\u0007 line\r\nand\u0000 more.\r\n\r\nTwo\uFFFF.\r\n");
        var column = book.read().columns().get(0);
        assertThat(column.title()).isEqualTo("Title");
        assertThat(column.body()).hasSize(2);
        assertThat(org.columnpress.core.model.Inline.plainText(
                ((org.columnpress.core.model.Block.Paragraph) column.body().get(0)).content()))
                .isEqualTo("One line and more.");
        assertThat(book.reporter.warnings).hasSize(3)
                .anySatisfy(w -> assertThat(w).contains("c.txt:3:").contains("U+0007"))
                .anySatisfy(w -> assertThat(w).contains("c.txt:4:").contains("U+0000"))
                .anySatisfy(w -> assertThat(w).contains("c.txt:6:").contains("U+FFFF"));
    }

    @Test
    void anAliasBombIsRefused() {
        String bomb = "title: A\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n";
        InputException e = bookYamlError(bomb);
        assertThat(e.file()).isEqualTo(dir.resolve("book.yaml"));
        assertThat(e.getMessage()).contains("aliases");
    }
}
