package org.columnpress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.columnpress.core.Reporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Labels;
import org.columnpress.core.render.RenderOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A column PDF's key covers everything of the book it prints, and only what the book says. */
class ColumnCacheKeysTest {

    private static final RenderOptions OPTIONS = TestBooks.options(Map.of(), Reporter.silent());
    private static final ColumnCacheKeys KEYS = new ColumnCacheKeys(OPTIONS, PdfSettings.from(OPTIONS));

    @Test
    void changingAnyComponentOfTheBookButItsColumnsChangesTheKey() throws Exception {
        Book book = book();
        Column column = book.columns().get(0);
        String key = KEYS.key(book, column);
        for (RecordComponent component : Book.class.getRecordComponents()) {
            if (ColumnCacheKeys.NOT_IN_COLUMN_PDFS.contains(component.getName())) {
                continue; // the column is in the key by itself; the others and the print edition are not in its PDF
            }
            assertThat(KEYS.key(with(book, component), column)).as("Book.%s in the key", component.getName())
                    .isNotEqualTo(key);
        }
    }

    @Test
    void theBooksPartsAndMatterDoNotChangeAColumnsKey(@TempDir Path dir) {
        Book shaped = org.columnpress.render.pdf.BookShapeTest.shapedBook(dir);
        Book plain = shaped.withShape(List.of(), List.of(), List.of());
        assertThat(KEYS.key(shaped, shaped.columns().get(0))).as("a column's own PDF shows no part or foreword")
                .isEqualTo(KEYS.key(plain, plain.columns().get(0)));
    }

    @Test
    void anEqualBookMadeAgainHasTheSameKey() {
        assertThat(KEYS.key(book(), book().columns().get(0))).isEqualTo(KEYS.key(book(), book().columns().get(0)));
    }

    @Test
    void theOtherColumnsOfTheBookDoNotChangeAColumnsKey() throws Exception {
        Book book = book();
        Book fewer = TestBooks.book(book.title(), book.columns().subList(0, 1));
        assertThat(KEYS.key(fewer, fewer.columns().get(0))).isEqualTo(KEYS.key(book, book.columns().get(0)));
    }

    @Test
    void aPlaceAddedToOneColumnOfAnIndexedBookChangesNoOtherColumnsKey(@TempDir Path dir) {
        String yaml = "title: Register\nlanguage: nl\nindex:\n  - term: Amersfoort\n  - term: trein\n";
        String after = "# B\n\nIn Amersfoort stapte ik op de trein.\n";
        List<Book> books = new ArrayList<>();
        for (String a : List.of("# A\n\nDe trein naar Amersfoort.\n",
                "# A\n\nDe trein naar Amersfoort, en terug met de trein.\n")) {
            books.add(TestBooks.folder(dir, yaml).write("columns/a.md", a)
                    .write("columns/b.md", after).write("columns/c.md", after.replace("# B", "# C")).read());
        }
        assertThat(books.get(1).index().get(1).occurrences()).as("the added place").hasSize(4);
        for (int i = 1; i < 3; i++) {
            assertThat(KEYS.key(books.get(1), books.get(1).columns().get(i)))
                    .as("column %s after a place was added to the first", books.get(1).columns().get(i).id())
                    .isEqualTo(KEYS.key(books.get(0), books.get(0).columns().get(i)));
        }
        assertThat(KEYS.key(books.get(1), books.get(1).columns().get(0)))
                .isNotEqualTo(KEYS.key(books.get(0), books.get(0).columns().get(0)));
    }

    @Test
    void aProjectMovedElsewhereKeepsItsKeys(@TempDir Path dir) {
        String yaml = "title: Verhuisd\nlanguage: nl\ncover: images/omslag.png\n";
        String column = "---\ntitle: Over de brug\n---\nTekst met een plaatje.\n\n![Brug](../images/brug.png)\n";
        List<String> keys = new ArrayList<>();
        for (String place : List.of("here/project", "there/copy")) {
            Path project = dir.resolve(place);
            Book book = TestBooks.folder(project.resolve("src/book"), yaml).png("images/omslag.png")
                    .png("images/brug.png").write("columns/brug.md", column).read();
            Path stylesheet = project.resolve("src/book/style/book.xsl");
            TestBooks.folder(project).write("src/book/style/book.xsl", STYLESHEET);
            RenderOptions options = new RenderOptions(Map.of("stylesheet", stylesheet.toString(), "columns", "true"),
                    project, TestBooks.TIMESTAMP, Reporter.silent());
            keys.add(new ColumnCacheKeys(options, PdfSettings.from(options)).key(book, book.columns().get(0)));
        }
        assertThat(keys.get(1)).as("the same project in another folder").isEqualTo(keys.get(0));
    }

    private static final String STYLESHEET = """
            <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
              <xsl:import href="https://columnpress.org/xsl/fo/columnpress.xsl"/>
            </xsl:stylesheet>
            """;

    private static Book book() {
        return TestBooks.book("Sleutels", List.of(
                TestBooks.column("a", "Alfa", "nl", List.of(TestBooks.p("Tekst."))),
                TestBooks.column("b", "Bravo", "nl", List.of(TestBooks.p("Meer tekst.")))));
    }

    /** The book with one component changed, through the canonical constructor. */
    private static Book with(Book book, RecordComponent changed) throws Exception {
        RecordComponent[] components = Book.class.getRecordComponents();
        List<Object> values = new ArrayList<>();
        for (RecordComponent component : components) {
            Object value = component.getAccessor().invoke(book);
            values.add(component.getName().equals(changed.getName()) ? other(component, value) : value);
        }
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        return Book.class.getDeclaredConstructor(types).newInstance(values.toArray());
    }

    /** A different value of the component's type; a new type fails here until the test knows it. */
    private static Object other(RecordComponent component, Object value) {
        Type type = component.getGenericType();
        if (value instanceof Optional<?> optional) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            return optional.isPresent() ? Optional.empty() : Optional.of(sample(element, component));
        }
        if (value instanceof List<?> list) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> longer = new ArrayList<>(list);
            longer.add(sample(element, component));
            return longer;
        }
        if (value instanceof Labels labels) {
            return TestBooks.labels(labels.language().equals("en") ? "nl" : "en");
        }
        if (value instanceof String text) {
            return text + " anders";
        }
        if (value instanceof Path path) {
            return path.resolveSibling(path.getFileName() + "-anders");
        }
        throw new AssertionError("Book." + component.getName() + " is a " + type + ", which this test cannot"
                + " change yet: teach other() to, and check that ColumnCacheKeys hashes it stably.");
    }

    private static Object sample(Type type, RecordComponent component) {
        if (type == String.class) {
            return "Anders";
        }
        if (type == LocalDate.class) {
            return LocalDate.of(1999, 9, 9);
        }
        if (type == Path.class) {
            return Path.of("anders.png").toAbsolutePath();
        }
        throw new AssertionError("Book." + component.getName() + " holds " + type + ", which this test cannot"
                + " make yet: teach sample() to, and check that ColumnCacheKeys hashes it stably.");
    }
}
