package org.columnpress.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GroupingReporterTest {

    private static final Path BOOK = Path.of("/book").toAbsolutePath();
    private static final String LINKS = "links to the author's own site (/…) printed as text";

    private final RecordingReporter out = new RecordingReporter();

    private static Warning link(String file, int line) {
        return new Warning(LINKS, BOOK.resolve(file), line, "the link to '/posts/x' is printed as plain text.");
    }

    @Test
    void manyWarningsOfAKindBecomeOneLineWithTheCountAndTheFirstPlacesThenTheFirstInFull() {
        GroupingReporter reporter = new GroupingReporter(out, BOOK, false, "-Dcolumnpress.verbose lists all");
        for (int i = 1; i <= 510; i++) {
            reporter.warn(link("columns/c" + i + ".md", i));
        }
        assertThat(out.warnings).isEmpty();

        reporter.flush();

        String a = Path.of("columns", "c1.md").toString();
        assertThat(out.warnings).containsExactly(
                "510 " + LINKS + ": " + a + ":1, " + Path.of("columns", "c2.md") + ":2, "
                        + Path.of("columns", "c3.md") + ":3, … (-Dcolumnpress.verbose lists all)",
                "  the first: " + a + ":1: the link to '/posts/x' is printed as plain text.");
    }

    @Test
    void aKindSeenAFewTimesIsPrintedWarningByWarningInTheOrderOfKinds() {
        GroupingReporter reporter = new GroupingReporter(out, BOOK, false, null);
        reporter.warn(new Warning("HTML blocks dropped", BOOK.resolve("columns/b.md"), 4, "an HTML block is dropped."));
        reporter.warn(link("columns/a.md", 2));
        reporter.warn(new Warning("HTML blocks dropped", null, 0, "somewhere else."));

        reporter.flush();

        assertThat(out.warnings).containsExactly(
                Path.of("columns", "b.md") + ":4: an HTML block is dropped.",
                "somewhere else.",
                Path.of("columns", "a.md") + ":2: the link to '/posts/x' is printed as plain text.");
    }

    @Test
    void verboseWarningsArePrintedAsTheyComeAndCountedAtTheFlush() {
        GroupingReporter reporter = new GroupingReporter(out, BOOK, true, "-Dcolumnpress.verbose lists all");
        for (int i = 1; i <= 5; i++) {
            reporter.warn(link("columns/c" + i + ".md", 1));
        }
        assertThat(out.warnings).hasSize(5);

        reporter.flush();

        assertThat(out.warnings).hasSize(6).last().isEqualTo("5 " + LINKS + " (listed above)");
    }

    @Test
    void warningsWithoutAKindAndInformationPassStraightThrough() {
        GroupingReporter reporter = new GroupingReporter(out, BOOK, false, null);
        reporter.warn("a renderer's own warning");
        reporter.info("made the PDF");
        assertThat(out.warnings).containsExactly("a renderer's own warning");
        assertThat(out.infos).containsExactly("made the PDF");
        reporter.flush();
        assertThat(out.warnings).hasSize(1);
    }

    @Test
    void aFlushStartsAfresh() {
        GroupingReporter reporter = new GroupingReporter(out, BOOK, false, null);
        reporter.warn(link("columns/a.md", 2));
        reporter.flush();
        reporter.flush();
        assertThat(out.warnings).hasSize(1);
    }

    @Test
    void aReporterThatDoesNotGroupPrintsAWarningAsItsTextWithFileAndLine() {
        Reporter plain = out;
        plain.warn(link("columns/a.md", 2));
        assertThat(out.warnings).containsExactly(BOOK.resolve("columns/a.md") + ":2: the link to '/posts/x' is printed as plain text.");
        assertThat(out.structured).extracting(Warning::kind).containsExactly(LINKS);
    }
}
