package org.columnpress.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Book;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code book.yaml} says every field of a {@link Book} but two, and the reader carries each into the book:
 * these fail when {@code Book} gains a field that {@link BookMetadata} or {@link BookReader} leaves out.
 */
class BookMetadataTest {

    /**
     * The fields book.yaml does not give: the folder is where the book is read from, and the columns are
     * read from {@code columns/} (book.yaml's {@code columns:} only names their order, as file names).
     */
    /** Made from the folder (and, for the book's shape, from book.yaml's shape keys: BookShapeTest). */
    private static final Set<String> NOT_FROM_BOOK_YAML = Set.of("directory", "columns", "front", "parts", "back",
            "index");

    /** A book.yaml that sets every key; each value differs from what the reader would make without it. */
    private static final Map<String, String> EVERY_KEY = new LinkedHashMap<>();

    static {
        EVERY_KEY.put("title", "Een boek");
        EVERY_KEY.put("subtitle", "Met een ondertitel");
        EVERY_KEY.put("author", "[Wim Aalbers, Ann de Vries]");
        EVERY_KEY.put("language", "nl");
        EVERY_KEY.put("publisher", "Uitgeverij Zaak");
        EVERY_KEY.put("identifier", "978-90-12345-67-5");
        EVERY_KEY.put("date", "2010-05-01");
        EVERY_KEY.put("rights", "Alle rechten voorbehouden");
        EVERY_KEY.put("description", "Columns over werk");
        EVERY_KEY.put("edition", "Eerste druk");
        EVERY_KEY.put("cover", "images/cover.png");
        EVERY_KEY.put("columns", "[a.md]");
        EVERY_KEY.put("labels", "{contents: Inhoudsopgave}");
        EVERY_KEY.put("print", "{printer: kdp, trim: 6x9in}");
        EVERY_KEY.put("index", "[{term: Tekst}]");
        EVERY_KEY.put("strict", "true");
    }

    @TempDir
    Path dir;

    @Test
    void bookMetadataHasEveryFieldOfTheBookThatBookYamlGives() {
        Map<String, Type> metadata = components(BookMetadata.class);
        for (RecordComponent component : Book.class.getRecordComponents()) {
            if (!NOT_FROM_BOOK_YAML.contains(component.getName())) {
                assertThat(metadata).as("BookMetadata.%s", component.getName())
                        .containsEntry(component.getName(), component.getGenericType());
            }
        }
    }

    @Test
    void everyFieldOfBookMetadataHasItsKeyInBookYaml() {
        for (String name : components(BookMetadata.class).keySet()) {
            if (name.equals("shape")) {
                // the book's shape, from several keys that go together (and exclude each other)
                assertThat(BookMetadata.KEYS).as("the book.yaml keys of the shape").containsAll(ShapeSection.KEYS);
                continue;
            }
            // One key per field, by the field's name; "author" is singular because a book usually has one.
            String key = name.equals("authors") ? "author" : name;
            assertThat(BookMetadata.KEYS).as("the book.yaml key of BookMetadata.%s", name).contains(key);
        }
        assertThat(EVERY_KEY.keySet()).as("this test's book.yaml sets every key but the shape's (BookShapeTest)")
                .containsExactlyInAnyOrderElementsOf(BookMetadata.KEYS.stream()
                        .filter(key -> key.equals("columns") || !ShapeSection.KEYS.contains(key)).toList());
    }

    @Test
    void theReaderCarriesEveryFieldBookYamlSetsIntoTheBook() throws Exception {
        StringBuilder yaml = new StringBuilder();
        EVERY_KEY.forEach((key, value) -> yaml.append(key).append(": ").append(value).append('\n'));
        TestBooks.Folder folder = TestBooks.folder(dir, yaml.toString()).png("images/cover.png")
                .write("columns/a.md", "# A\n\nTekst.\n");
        RecordingReporter reporter = new RecordingReporter();
        ReadErrors errors = ReadErrors.files();
        BookMetadata metadata = BookMetadata.read(dir, BookDefaults.none(), Map.of(), new MarkdownReader(),
                new ImageFiles(dir, reporter), reporter, errors);
        assertThat(errors.isEmpty()).isTrue();
        Book book = folder.read();

        for (RecordComponent component : Book.class.getRecordComponents()) {
            String name = component.getName();
            if (NOT_FROM_BOOK_YAML.contains(name)) {
                continue;
            }
            Object said = BookMetadata.class.getDeclaredMethod(name).invoke(metadata);
            assertThat(said).as("book.yaml sets %s", name)
                    .isNotEqualTo(Optional.empty()).isNotEqualTo(List.of()).isNotEqualTo("");
            assertThat(component.getAccessor().invoke(book)).as("Book.%s", name).isEqualTo(said);
        }
    }

    private static Map<String, Type> components(Class<? extends Record> record) {
        Map<String, Type> components = new LinkedHashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            components.put(component.getName(), component.getGenericType());
        }
        return components;
    }
}
