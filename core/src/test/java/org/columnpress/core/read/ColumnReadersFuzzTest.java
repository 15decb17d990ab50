package org.columnpress.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.List;
import org.columnpress.core.FuzzBook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage-guided fuzzing of the two column readers: whatever bytes a column file holds, the reader
 * either gives a book or refuses with an {@link InputException} that names the column file and the
 * line, never anything else, and what it gives holds only text that XML can carry.
 *
 * <p>{@code ./mvnw verify} replays the stored inputs under
 * {@code src/test/resources/org/columnpress/core/read/ColumnReadersFuzzTestInputs/<method>/} (seconds),
 * and for the plain-text reader the seed column, which the POM copies there from {@code books/seed}.
 * The EPUB renderer's {@code XhtmlFuzzTest} replays these same inputs (its POM copies them).
 * To fuzz for real (one method at a time; new inputs go to {@code .cifuzz-corpus/}, findings into the
 * inputs folder above, where they then stay as regression tests):
 * <pre>JAZZER_FUZZ=1 ./mvnw -B -pl core test -Dtest='ColumnReadersFuzzTest#markdown*'</pre>
 * The run stops after {@code maxDuration} or at the first finding.
 */
class ColumnReadersFuzzTest {

    @TempDir
    static Path root;

    private static FuzzBook book;

    @BeforeAll
    static void writeTheBookAroundTheColumn() {
        book = FuzzBook.in(root);
    }

    @FuzzTest(maxDuration = "5m")
    void markdownColumnsReadOrFailWithOurException(byte[] column) {
        readsOrRefuses("c.md", column);
    }

    @FuzzTest(maxDuration = "5m")
    void plainTextColumnsReadOrFailWithOurException(byte[] column) {
        readsOrRefuses("c.txt", column);
    }

    private static void readsOrRefuses(String name, byte[] bytes) {
        book.read(name, bytes).ifPresent(read -> {
            assertThat(read.columns()).hasSize(1);
            assertThat(read.columns().get(0).title()).isNotBlank();
            List<String> bad = ModelStrings.of(read).stream().filter(ModelStrings::hasXmlForbidden).toList();
            assertThat(bad).as("text XML cannot carry").isEmpty();
        });
    }
}
