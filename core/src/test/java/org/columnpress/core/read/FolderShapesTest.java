package org.columnpress.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.columnpress.core.InputException;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shapes a blog's posts folder has: Jekyll's dated file names, Hugo's page bundles. */
class FolderShapesTest {

    @TempDir
    Path dir;

    @Test
    void aHugoPageBundleIsAColumnNamedByItsFolderWithItsImageBesideIt() {
        TestBooks.Folder folder = TestBooks.folder(dir, "title: B\n")
                .write("columns/quiet-trains/index.md", "---\ntitle: Quiet trains\n---\n![The 7.08](train.png)\n")
                .png("columns/quiet-trains/train.png")
                .write("columns/quiet-trains/notes/draft.md", "# A page resource, not a column\n")
                .write("columns/a-column.md", "# A column\n\nText.\n")
                .write("columns/plain/index.txt", "Plain\n\nText.\n");
        Book book = folder.read();
        assertThat(book.columns()).extracting(Column::id).containsExactly("a-column", "plain", "quiet-trains");
        assertThat(book.columns().get(2).images()).singleElement()
                .satisfies(image -> assertThat(image.file()).isEqualTo(dir.resolve("columns/quiet-trains/train.png")));
        assertThat(folder.reporter.warnings).isEmpty();
    }

    @Test
    void aFolderWithoutAnIndexFileIsASectionWhoseFilesAreColumns() {
        // Jekyll reads _posts/2019/*.md as posts, Hugo reads content/posts/2019/*.md as pages
        TestBooks.Folder folder = TestBooks.folder(dir, "title: B\n").write("columns/a.md", "# A\n\nx\n")
                .write("columns/2019/2019-05-01-b.md", "# B\n\nx\n").write("columns/.git/config", "x")
                .png("columns/images/photo.png");
        Book book = folder.read();
        assertThat(book.columns()).extracting(Column::title).containsExactly("B", "A");
        assertThat(book.columns().get(0).date()).contains(LocalDate.of(2019, 5, 1));
        assertThat(folder.reporter.warnings).as("a folder of images is no folder of columns").isEmpty();
    }

    @Test
    void aSeriesFolderOfBundlesIsReadWithItsSectionPageLeftOut() {
        // content/posts/<series>/_index.md lists the series on the site (here in TOML, which the book reads
        // too when columns: lists it); its parts are leaf bundles one or more levels deeper, their images beside them
        TestBooks.Folder folder = TestBooks.folder(dir, "title: B\n").write("columns/a.md", "# A\n\nx\n")
                .write("columns/the-river/_index.md", "+++\ntitle = 'The river'\n+++\nA series.\n")
                .write("columns/the-river/source/index.md", "---\ntitle: Source\ndate: 2020-03-01\n---\n"
                        + "![Spring](assets/spring.png)\n")
                .png("columns/the-river/source/assets/spring.png")
                .write("columns/the-river/delta/index.md", "---\ntitle: Delta\ndate: 2020-03-08\n---\nx\n")
                .write("columns/trips/2021/_index.md", "---\ntitle: 2021\n---\n")
                .write("columns/trips/2021/coast/index.md", "# Coast\n\nx\n");
        Book book = folder.read();
        assertThat(book.columns()).extracting(Column::title).containsExactly("Source", "Delta", "A", "Coast");
        assertThat(book.columns()).extracting(Column::id).containsExactly("source", "delta", "a", "coast");
        assertThat(book.columns().get(0).images()).singleElement().satisfies(image -> assertThat(image.file())
                .isEqualTo(dir.resolve("columns/the-river/source/assets/spring.png")));
        assertThat(folder.reporter.warnings).isEmpty();
        assertThat(folder.reporter.infos).singleElement().asString()
                .contains("2 section pages left out").contains("columns/the-river/_index.md")
                .contains("columns/trips/2021/_index.md");
    }

    @Test
    void theHugoShapedBlogReadsWithoutAWarningItsSeriesInDateOrder() {
        TestBooks.Folder folder = TestBooks.hugoBlog(dir);
        assertThat(folder.read().columns()).extracting(Column::title).containsExactly("A late swim", "First frost",
                "Ice diary: the first week", "Ice diary: the second week");
        assertThat(folder.reporter.warnings).isEmpty();
        assertThat(folder.reporter.infos).anyMatch(info -> info.contains("2 section pages left out"))
                .anyMatch(info -> info.contains("summer-plans") && info.contains("draft"));
    }

    @Test
    void bookYamlNamesAColumnInASeriesByItsPathAndMayPrintASectionPage() {
        TestBooks.Folder folder = TestBooks.folder(dir,
                        "title: B\ncolumns: [the-river/_index.md, the-river/source, the-river/delta/index.md]\n")
                .write("columns/the-river/_index.md", "---\ntitle: The river\n---\nA series in two parts.\n")
                .write("columns/the-river/source/index.md", "# Source\n\nx\n")
                .write("columns/the-river/delta/index.md", "# Delta\n\nx\n");
        assertThat(folder.read().columns()).extracting(Column::id).containsExactly("the-river", "source", "delta");
        folder.write("book.yaml", "title: B\ncolumns: [source]\n");
        assertThatThrownBy(folder::read).isInstanceOf(InputException.class)
                .hasMessageContaining("the-river/source").hasMessageContaining("the-river/delta");
    }

    @Test
    void hugosListPageOfTheSectionIsLeftOutUnlessListed() {
        TestBooks.Folder folder = TestBooks.folder(dir, "title: B\n").write("columns/a.md", "# A\n\nx\n")
                .write("columns/_index.md", "---\ntitle: Posts\n---\nAll my posts.\n");
        assertThat(folder.read().columns()).extracting(Column::title).containsExactly("A");
        assertThat(folder.reporter.infos).singleElement().asString().contains("_index.md").contains("left out");
        folder.write("book.yaml", "title: B\ncolumns: [_index.md, a.md]\n");
        assertThat(folder.read().columns()).extracting(Column::title).containsExactly("Posts", "A");
    }

    @Test
    void aFolderWithTwoIndexFilesIsAnError() {
        TestBooks.Folder folder = TestBooks.folder(dir, "title: B\n").write("columns/p/index.md", "# A\n\nx\n")
                .write("columns/p/_index.md", "# B\n\nx\n");
        assertThatThrownBy(folder::read).isInstanceOf(InputException.class)
                .hasMessageContaining("index.md").hasMessageContaining("_index.md").hasMessageContaining("Keep one");
    }

    @Test
    void bookYamlNamesABundleByItsFolderOrItsIndexFile() {
        TestBooks.Folder folder = TestBooks.folder(dir, "title: B\ncolumns: [b.md, my-post/, other/index.md]\n")
                .write("columns/my-post/index.md", "# My post\n\nx\n").write("columns/other/index.md", "# O\n\nx\n")
                .write("columns/b.md", "# B\n\nx\n");
        assertThat(folder.read().columns()).extracting(Column::id).containsExactly("b", "my-post", "other");
        folder.write("book.yaml", "title: B\ncolumns: [columns/my-post, other, b.md]\n");
        assertThat(folder.read().columns()).extracting(Column::id).containsExactly("my-post", "other", "b");
    }

    @Test
    void aJekyllFileNameDatesAColumnWhoseFrontMatterDoesNot() {
        TestBooks.Folder folder = TestBooks.folder(dir, "title: B\n")
                .write("columns/2019-01-06-late.markdown", "---\nlayout: post\ntitle: Late\n---\n*Text.*\n")
                .write("columns/2019-01-07-early.md", "---\ntitle: Early\ndate: 2018-12-31\n---\nText.\n")
                .write("columns/2020-02-03-bundle/index.md", "# Bundle\n\nText.\n");
        Book book = folder.read();
        assertThat(book.columns()).extracting(Column::title).containsExactly("Early", "Late", "Bundle");
        assertThat(book.columns()).extracting(c -> c.date().orElseThrow()).containsExactly(
                LocalDate.of(2018, 12, 31), LocalDate.of(2019, 1, 6), LocalDate.of(2020, 2, 3));
        assertThat(book.columns().get(1).id()).isEqualTo("2019-01-06-late");
        assertThat(book.columns().get(1).body()).as("read as Markdown").singleElement().asString()
                .contains("Emphasis");
    }

    @Test
    void aListedNameThatDiffersOnlyInCaseNamesTheFileThatExists() {
        TestBooks.Folder folder = TestBooks.folder(dir, "title: B\ncolumns: [brug.md]\n")
                .write("columns/Brug.md", "# Brug\n\nx\n");
        assertThatThrownBy(folder::read).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.file()).isEqualTo(dir.resolve("book.yaml"));
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.getMessage()).contains("Did you mean columns/Brug.md?");
        });
        folder.write("book.yaml", "title: B\ncolumns: [my-post]\n").write("columns/My-Post/index.md", "# P\n\nx\n");
        assertThatThrownBy(folder::read).hasMessageContaining("Did you mean columns/My-Post?");
    }

    @Test
    void anIndexFileThatDiffersOnlyInCaseIsNamedInTheWarning() {
        TestBooks.Folder folder = TestBooks.folder(dir, "title: B\n").write("columns/a.md", "# A\n\nx\n")
                .write("columns/post/Index.md", "# P\n\nx\n");
        assumeFalse(Files.exists(folder.path("columns/post/index.md")), "a file system that ignores letter case");
        assertThat(folder.read().columns()).hasSize(1);
        assertThat(folder.reporter.warnings).singleElement().asString()
                .contains(dir.resolve("columns/post").toString()).contains("it holds Index.md, not index.md");
    }
}
