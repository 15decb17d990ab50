package org.columnpress.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.columnpress.core.GroupingReporter;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every warning the reader gives carries a kind, its file and its line where known, so a build log groups
 * them and shows each file relative to the project: none is a bare line with an absolute path.
 */
class ReadingWarningsTest {

    @TempDir
    Path dir;

    private TestBooks.Folder blogLikeBook() {
        return TestBooks.folder(dir, "title: B\ncolumns: [a.md, b/index.md]\n")
                .write("columns/a.md", "---\ntitle: A\ncolour: red\nbio: |\n  Writes.[^1]\n\n  [^1]: Note.\n---\n"
                        + "Text {% include x.html %} and {{ page.y }}.\n\n{{< chart >}}\n")
                .write("columns/b/index.md", "# B\n\nText.\n")
                .write("columns/left-out.md", "# Left out\n\nText.\n")
                .write("columns/Upper/INDEX.md", "# Upper\n\nText.\n")
                .write("columns/empty/notes.doc", "x");
    }

    @Test
    void everyWarningOfAMessyFolderHasAKindAFileAndWhereKnownALine() {
        TestBooks.Folder book = blogLikeBook();
        book.read();
        RecordingReporter reporter = book.reporter;
        assertThat(reporter.warnings).hasSameSizeAs(reporter.structured).hasSizeGreaterThanOrEqualTo(6);
        assertThat(reporter.structured).extracting(Warning::kind, w -> dir.relativize(w.file()).toString(), Warning::line)
                .contains(
                        tuple("index files left out (letter case differs)", Path.of("columns", "Upper").toString(), 0),
                        tuple("column files not listed under columns in book.yaml, left out",
                                Path.of("columns", "left-out.md").toString(), 0),
                        tuple("unknown front-matter keys ignored", Path.of("columns", "a.md").toString(), 3),
                        tuple("bios with footnotes printed as numbers only", Path.of("columns", "a.md").toString(), 4),
                        tuple("kinds of Liquid tag removed from a column", Path.of("columns", "a.md").toString(), 9),
                        tuple("columns with Liquid output tags removed", Path.of("columns", "a.md").toString(), 9),
                        tuple("kinds of Hugo shortcode removed from a column", Path.of("columns", "a.md").toString(), 11));
        assertThat(reporter.structured).allSatisfy(w -> assertThat(w.text()).doesNotContain(dir.toString()));
    }

    @Test
    void groupedForTheBuildLogEachPlaceIsRelativeToTheProject() {
        RecordingReporter log = new RecordingReporter();
        GroupingReporter grouping = new GroupingReporter(log, dir, false, null);
        TestBooks.Folder book = blogLikeBook();
        new BookReader(grouping).read(dir, BookDefaults.none());
        grouping.flush();
        assertThat(log.warnings).isNotEmpty().noneMatch(line -> line.contains(dir.toString()))
                .anySatisfy(line -> assertThat(line).startsWith(Path.of("columns", "a.md") + ":3: unknown key 'colour'"))
                .anySatisfy(line -> assertThat(line).startsWith(Path.of("columns", "left-out.md") + ": not listed"));
    }
}
