package org.columnpress.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.columnpress.core.InputException;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Inline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pictures a blog post shows with raw HTML ({@code <img>}, {@code <figure>}) are printed, not lost. */
class HtmlImagesTest {

    @TempDir
    Path dir;

    @Test
    void aJekyllPostsHtmlImagesBecomeImagesWithTheirAltTextAndCaptions() {
        TestBooks.Folder folder = TestBooks.jekyllHtmlImages(dir);
        Column column = folder.read().columns().get(0);
        List<Block> body = column.body();
        assertThat(body).hasSize(5);
        assertThat(body.get(0)).isInstanceOf(Block.Paragraph.class);
        assertThat(body.get(1)).isEqualTo(new Block.Image(dir.resolve("assets/posts/river.png"),
                "The river from the bridge", ""));
        assertThat(Inline.plainText(((Block.Paragraph) body.get(2)).content()))
                .as("the paragraph keeps its text, the image follows it").isEqualTo("Seen on a map  it is a “S”.");
        assertThat(body.get(3)).isEqualTo(new Block.Image(dir.resolve("assets/posts/map.png"), "A map",
                "The old map"));
        assertThat(body.get(4)).as("an address on the author's own site is the book folder's file")
                .isEqualTo(new Block.Image(dir.resolve("assets/posts/bridge.png"), "The bridge at night",
                        "The bridge, lit for the festival & the fair"));
        Path file = dir.resolve("columns/2019-03-10-rivers-in-the-city.md");
        assertThat(folder.reporter.warnings).as("the badge on the web is named, and only it").singleElement()
                .asString().startsWith(file + ":17: the HTML image 'https://img.shields.io/badge/rivers-2-blue.svg'")
                .contains("('a badge')", "left out", "on the web");
    }

    @Test
    void anHtmlImageWhoseFileIsMissingIsTheSameErrorAsAMarkdownImage() {
        TestBooks.Folder folder = TestBooks.folder(dir, "title: B\n").write("columns/c.md",
                "# C\n\nText.\n\n<p>\n<img src=\"/assets/gone.png\" alt=\"Gone\">\n</p>\n");
        assertThatThrownBy(folder::read).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.line()).isEqualTo(6);
            assertThat(e.getMessage()).contains("the image '/assets/gone.png' does not exist");
        });
    }

    @Test
    void anHtmlImageGoesThroughTheImageRulesConfinementAndFormat() {
        TestBooks.Folder folder = TestBooks.folder(dir.resolve("book"), "title: B\n")
                .write("columns/c.md", "# C\n\n<img src=\"../../outside.png\">\n")
                .image("../outside.png", "png");
        assertThatThrownBy(folder::read).hasMessageContaining("c.md:3: the image '../../outside.png' lies outside");
        folder.write("columns/c.md", "# C\n\nText <img src=\"../notes.txt\" alt=\"x\"> here.\n")
                .write("notes.txt", "not a picture");
        assertThatThrownBy(folder::read).hasMessageContaining("c.md:3: the image '../notes.txt' is not a");
    }

    @Test
    void htmlThatHoldsMoreThanItsImageIsStillNamedAsDropped() {
        TestBooks.Folder folder = TestBooks.folder(dir, "title: B\n")
                .write("columns/c.md", "# C\n\n<div>A caption of sorts <img src=\"/a.png\" alt=\"A\"></div>\n\n"
                        + "<img alt=\"Nothing\">\n")
                .image("a.png", "png");
        Column column = folder.read().columns().get(0);
        assertThat(column.body()).containsExactly(new Block.Image(dir.resolve("a.png"), "A", ""));
        assertThat(folder.reporter.warnings).satisfiesExactly(
                w -> assertThat(w).contains("c.md:3: an HTML block is dropped (its images kept)"),
                w -> assertThat(w).contains("c.md:5: the HTML image ('Nothing') is left out: it has no src"));
    }
}
