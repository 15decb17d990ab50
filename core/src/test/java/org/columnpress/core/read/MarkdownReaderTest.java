package org.columnpress.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Block.Alignment;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Footnote;
import org.columnpress.core.model.Inline;
import org.columnpress.core.model.Inline.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownReaderTest {

    @TempDir
    Path dir;

    private List<Block> body(String markdown) {
        return TestBooks.readColumn(dir, "c.md", "# Title\n\n" + markdown).body();
    }

    private Block only(String markdown) {
        List<Block> body = body(markdown);
        assertThat(body).hasSize(1);
        return body.get(0);
    }

    private List<Inline> inlines(String markdown) {
        return ((Block.Paragraph) only(markdown)).content();
    }

    private static Text text(String s) {
        return new Text(s);
    }

    @Test
    void theFirstLevelOneHeadingIsTheTitleAndLeavesTheBody() {
        Column column = TestBooks.readColumn(dir, "c.md", "# The title\n\nText.\n\n# Second\n");
        assertThat(column.title()).isEqualTo("The title");
        assertThat(column.body()).containsExactly(new Block.Paragraph(List.of(text("Text."))),
                new Block.Heading(1, List.of(text("Second"))));
    }

    @Test
    void frontMatterGivesEveryField() {
        Column column = TestBooks.readColumn(dir, "c.md", """
                ---
                title: "Column: de brug"
                subtitle: Over bruggen
                author: [Ann, Bob]
                date: 2009-03-21
                source: NRC Handelsblad
                language: nl
                tags: bruggen
                bio: |
                  *Ann* schrijft.
                copyright: © Ann 2009
                ---
                Tekst.
                """);
        assertThat(column.title()).isEqualTo("Column: de brug");
        assertThat(column.subtitle()).contains("Over bruggen");
        assertThat(column.authors()).containsExactly("Ann", "Bob");
        assertThat(column.date()).hasValueSatisfying(d -> assertThat(d).hasToString("2009-03-21"));
        assertThat(column.source()).contains("NRC Handelsblad");
        assertThat(column.language()).isEqualTo("nl");
        assertThat(column.tags()).containsExactly("bruggen");
        assertThat(column.bio()).containsExactly(new Block.Paragraph(
                List.of(new Inline.Emphasis(List.of(text("Ann"))), text(" schrijft."))));
        assertThat(column.copyright()).contains("© Ann 2009");
        assertThat(column.body()).containsExactly(new Block.Paragraph(List.of(text("Tekst."))));
    }

    @Test
    void aColumnWithoutAuthorsTakesTheBooks() {
        assertThat(TestBooks.readColumn(dir, "c.md", "# T\n\nx\n").authors()).containsExactly("The Author");
    }

    @Test
    void emphasisStrongCodeAndBreaks() {
        assertThat(inlines("a *b* **c** `d  \"e\"` f  \ng\nh")).containsExactly(text("a "),
                new Inline.Emphasis(List.of(text("b"))), text(" "), new Inline.Strong(List.of(text("c"))),
                text(" "), new Inline.Code("d  \"e\""), text(" f"), new Inline.LineBreak(), text("g h"));
    }

    @Test
    void linksAutolinksAndReferences() {
        assertThat(inlines("[a](https://x.org) <http://y.org> <me@z.org> [r][ref]\n\n[ref]: mailto:r@s.nl"))
                .containsExactly(new Inline.Link("https://x.org", List.of(text("a"))), text(" "),
                        new Inline.Link("http://y.org", List.of(text("http://y.org"))), text(" "),
                        new Inline.Link("mailto:me@z.org", List.of(text("me@z.org"))), text(" "),
                        new Inline.Link("mailto:r@s.nl", List.of(text("r"))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "&amp; &lt; &copy; &ndash; &#8212; &hellip;|& < © – — …",
        "a \\*b\\* c|a *b* c",
    })
    void entitiesEscapesAndBreaksBecomeCharacters(String markdown, String expected) {
        assertThat(Inline.plainText(inlines(markdown))).isEqualTo(expected);
    }

    @Test
    void anHtmlBreakIsALineBreak() {
        assertThat(inlines("x<br>y<BR />z")).containsExactly(text("x"), new Inline.LineBreak(), text("y"),
                new Inline.LineBreak(), text("z"));
    }

    @Test
    void headingsQuotesAndLists() {
        assertThat(body("## Sub\n\n> quoted\n\n- a\n- b\n\n7. seven\n8. eight\n")).containsExactly(
                new Block.Heading(2, List.of(text("Sub"))),
                new Block.BlockQuote(List.of(new Block.Paragraph(List.of(text("quoted"))))),
                new Block.ListBlock(false, 1, List.of(item("a"), item("b"))),
                new Block.ListBlock(true, 7, List.of(item("seven"), item("eight"))));
    }

    private static Block.ListItem item(String s) {
        return new Block.ListItem(List.of(new Block.Paragraph(List.of(text(s)))));
    }

    @Test
    void codeBlocksAndBreaksStayAsWritten() {
        assertThat(body("```java\nString s = \"x\" + '...';\n```\n\n    indented -- code\n\n---\n"))
                .containsExactly(new Block.CodeBlock("java", "String s = \"x\" + '...';"),
                        new Block.CodeBlock("", "indented -- code"), new Block.ThematicBreak());
    }

    @Test
    void tablesKeepAlignment() {
        Block.Table table = (Block.Table) only("| a | b | c | d |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 |\n");
        assertThat(table.alignments()).containsExactly(Alignment.LEFT, Alignment.CENTER, Alignment.RIGHT,
                Alignment.DEFAULT);
        assertThat(table.header()).hasSize(1);
        assertThat(table.body()).hasSize(1);
        assertThat(table.body().get(0).cells()).hasSize(4);
        assertThat(table.body().get(0).cells().get(2).content()).containsExactly(text("3"));
    }

    @Test
    void aHeaderRowOfEmptyCellsIsNoHeaderAndKeepsItsAlignments() {
        Block.Table table = (Block.Table) only("|   |   |\n|:--|--:|\n| a | 1 |\n| b | 2 |\n");
        assertThat(table.header()).as("no empty header cells for a screen reader").isEmpty();
        assertThat(table.alignments()).containsExactly(Alignment.LEFT, Alignment.RIGHT);
        assertThat(table.body()).hasSize(2);
    }

    @Test
    void footnotesAreNumberedByFirstReference() {
        Column column = TestBooks.readColumn(dir, "c.md",
                "# T\n\nOne[^b] two[^a] again[^b].\n\n[^a]: Note A.\n[^b]: Note B.\n");
        assertThat(column.body()).containsExactly(new Block.Paragraph(List.of(text("One"),
                new Inline.FootnoteRef(1), text(" two"), new Inline.FootnoteRef(2), text(" again"),
                new Inline.FootnoteRef(1), text("."))));
        assertThat(column.footnotes()).containsExactly(
                new Footnote(1, List.of(new Block.Paragraph(List.of(text("Note B."))))),
                new Footnote(2, List.of(new Block.Paragraph(List.of(text("Note A."))))));
    }

    @Test
    void anUndefinedOrUnusedFootnoteIsWarnedAbout() {
        TestBooks.Folder book = TestBooks.folder(dir, "title: B\n")
                .write("columns/c.md", "# T\n\nSee[^x].\n\n[^y]: Unused.\n");
        Column column = book.read().columns().get(0);
        assertThat(Inline.plainText(((Block.Paragraph) column.body().get(0)).content())).isEqualTo("See[^x].");
        assertThat(column.footnotes()).isEmpty();
        assertThat(book.reporter.warnings).hasSize(2)
                .anySatisfy(w -> assertThat(w).contains("c.md:3:").contains("[^x]"))
                .anySatisfy(w -> assertThat(w).contains("c.md:5:").contains("[^y]").contains("never"));
    }

    @Test
    void imagesAloneBecomeBlocksAndImagesInTextFollowTheirParagraph() {
        TestBooks.Folder book = TestBooks.folder(dir, "title: B\n").png("images/p.png")
                .write("columns/c.md", "# T\n\n![A *photo*](../images/p.png \"Tip\")\n\n"
                        + "Before ![x](../images/p.png) after.\n");
        List<Block> body = book.read().columns().get(0).body();
        Block.Image image = new Block.Image(book.path("images/p.png").toAbsolutePath().normalize(),
                "A photo", "Tip");
        assertThat(body).containsExactly(image,
                new Block.Paragraph(List.of(text("Before  after."))),
                new Block.Image(image.file(), "x", ""));
    }

    @Test
    void rawHtmlIsDroppedWithOneWarningPerLine() {
        TestBooks.Folder book = TestBooks.folder(dir, "title: B\n").write("columns/c.md",
                "# T\n\nA <span class=\"x\">red</span> word.\n\n<div>\n<script>alert(1)</script>\n</div>\n");
        List<Block> body = book.read().columns().get(0).body();
        assertThat(body).containsExactly(new Block.Paragraph(List.of(text("A red word."))));
        assertThat(book.reporter.warnings).hasSize(2)
                .anySatisfy(w -> assertThat(w).contains("c.md:3:").contains("<span"))
                .anySatisfy(w -> assertThat(w).contains("c.md:5:").contains("HTML block"));
    }

    @Test
    void unsafeLinksBecomeTextWithAWarning() {
        TestBooks.Folder book = TestBooks.folder(dir, "title: B\n").write("columns/c.md",
                "# T\n\n[a](javascript:alert(1)) [b](file:///etc/passwd) [c](/uri) [d](other.md) [e](#x)\n");
        List<Block> body = book.read().columns().get(0).body();
        assertThat(body).containsExactly(new Block.Paragraph(List.of(text("a b c d e"))));
        assertThat(book.reporter.warnings).hasSize(5).allSatisfy(w -> assertThat(w).contains("c.md:3:"));
    }
}
