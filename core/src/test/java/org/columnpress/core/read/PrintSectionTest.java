package org.columnpress.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.Map;
import org.columnpress.core.InputException;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Book;
import org.columnpress.core.print.Binding;
import org.columnpress.core.print.Paper;
import org.columnpress.core.print.PrintEdition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** book.yaml's print: section: read, checked against the printer, and overridden by the build. */
class PrintSectionTest {

    @TempDir
    Path dir;

    private TestBooks.Folder book(String print) {
        return TestBooks.folder(dir, "title: Werk\nauthor: Wim Aalbers\nidentifier: 978-90-12345-67-5\n" + print)
                .write("columns/a.md", "# A\n\nTekst.\n");
    }

    @Test
    void aPrintSectionBecomesThePrintEdition() {
        Book read = book("print:\n  printer: kdp\n  trim: 6x9in\n  paper: cream\n  back: back-cover.md\n"
                + "  price: \"EUR 19,95\"\n").write("back-cover.md", "Een *boek* over werk.\n").read();
        PrintEdition print = read.print().orElseThrow();
        assertThat(print.printer().name()).isEqualTo("kdp");
        assertThat(print.trim().name()).isEqualTo("6x9in");
        assertThat(print.paper()).isEqualTo(Paper.CREAM);
        assertThat(print.binding()).isEqualTo(Binding.PAPERBACK);
        assertThat(print.price()).contains("EUR 19,95");
        assertThat(print.blurb()).hasSize(1);
        assertThat(print.blurbSource().line()).isEqualTo(8);
        assertThat(print.describe()).isEqualTo("Amazon KDP, 6x9in paperback, cream paper");
    }

    @Test
    void aPrintEditionWithoutABackCoverTextIsWarnedAbout() {
        TestBooks.Folder folder = book("print:\n  printer: kdp\n  trim: 6x9in\n");
        folder.read();
        assertThat(folder.reporter.structured).singleElement().satisfies(warning -> {
            assertThat(warning.kind()).isEqualTo("print editions without a back-cover text");
            assertThat(warning.line()).isEqualTo(4);
            assertThat(warning.text()).contains("back: back-cover.md");
        });
    }

    @Test
    void withoutAPrintSectionThereIsNoPrintEdition() {
        assertThat(book("").read().print()).isEmpty();
    }

    @Test
    void theBuildsOverridesReplaceTheSection() {
        Book read = new BookReader(new org.columnpress.core.RecordingReporter()).read(
                book("print:\n  printer: kdp\n  trim: 6x9in\n").path("."), BookDefaults.none(),
                Map.of("printer", "ingramspark", "paper", "cream"));
        PrintEdition print = read.print().orElseThrow();
        assertThat(print.printer().name()).isEqualTo("ingramspark");
        assertThat(print.trim().name()).isEqualTo("6x9in");
        assertThat(print.paper()).isEqualTo(Paper.CREAM);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "printer: kpd\\n  trim: 6x9in | 5 | 'kpd' is not a printer Columnpress knows. Choose one of kdp, ingramspark, lulu, offset. Did you mean 'kdp'?",
            "printer: kdp\\n  trim: 4x4in | 6 | Amazon KDP does not print paperbacks of 4x4in. Its trims: 5x8in",
            "printer: kdp\\n  trim: 6x9in\\n  paper: pink | 7 | the paper must be white, cream or colour, not 'pink'.",
            "printer: kdp\\n  trim: 6x9in\\n  binding: hardcover | 7 | Columnpress makes Amazon KDP editions as paperback only",
            "printer: kdp\\n  trim: nine | 6 | 'nine' is not a trim size.",
            "printer: kdp | 4 | the print section has no trim.",
            "printer: kdp\\n  trim: 6x9in\\n  back: missing.md | 7 | the back-cover text 'missing.md' is not a file in the book folder",
            "printer: kdp\\n  trim: 6x9in\\n  price: cheap | 7 | 'cheap' is not a price",
            "printer: kdp\\n  size: 6x9in | 6 | unknown key 'size'"})
    void mistakesNameBookYamlAndTheLine(String print, int line, String message) {
        InputException error = (InputException) catchThrowable(book("print:\n  " + print.replace("\\n", "\n") + "\n")::read);
        assertThat(error).isNotNull();
        assertThat(error.getMessage()).contains("book.yaml:" + line).contains(message);
    }

    @Test
    void aPrinterThatPrintsTheBarcodeNeedsAnIsbn() {
        InputException error = (InputException) catchThrowable(TestBooks.folder(dir,
                "title: Werk\nprint:\n  printer: ingramspark\n  trim: 6x9in\n").write("columns/a.md", "# A\n\nT.\n")::read);
        assertThat(error.getMessage()).contains("book.yaml:2").contains("has no ISBN");
    }
}
