package org.columnpress.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.columnpress.core.InputException;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Inline;
import org.columnpress.core.model.Inline.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hugo shortcodes, Liquid tags and look-alike tags in a column copied from a blog. */
class SiteMarkupTest {

    @TempDir
    Path dir;

    private TestBooks.Folder folder(String markdown) {
        return TestBooks.folder(dir, "title: A book\nauthor: The Author\n").png("images/photo.png")
                .write("columns/c.md", "# Title\n\n" + markdown);
    }

    private List<Block> body(TestBooks.Folder folder) {
        return folder.read().columns().get(0).body();
    }

    private List<Block> body(String markdown) {
        return body(folder(markdown));
    }

    private static Block.Paragraph p(String text) {
        return new Block.Paragraph(List.of(new Text(text)));
    }

    @Test
    void aFigureShortcodeIsAnImageWithItsAltAndCaption() {
        List<Block> body = body("Before.\n\n{{< figure src=\"../images/photo.png\" alt=\"A photo\" "
                + "caption=\"The *bridge*, at night\" >}}\n\nAfter.\n");
        assertThat(body).hasSize(3);
        Block.Image image = (Block.Image) body.get(1);
        assertThat(image.file()).isEqualTo(dir.resolve("images/photo.png").toAbsolutePath().normalize());
        assertThat(image.alt()).isEqualTo("A photo");
        assertThat(image.title()).isEqualTo("The *bridge*, at night");
    }

    @Test
    void aFigureCaptionsMarkdownLinksKeepTheirTextAsAPhotoCreditReads() {
        List<Block> body = body("{{< figure src=\"../images/photo.png\" alt=\"A photo\" caption=\"Photo by "
                + "[Ann Smit](https://example.org/@ann) on [Pictures](https://example.org/p/x-1) [sic]\" >}}\n");
        assertThat(body).singleElement().isInstanceOfSatisfying(Block.Image.class,
                image -> assertThat(image.title()).isEqualTo("Photo by Ann Smit on Pictures [sic]"));
    }

    @Test
    void aShortcodeImagePathMayHoldSpacesUnderscoresAndBrackets() {
        var folder = folder("{{< img src=\"../images/my photo_[1].png\" >}}\n");
        folder.png("images/my photo_[1].png");
        assertThat(body(folder)).first().isInstanceOf(Block.Image.class);
        Block.Image image = (Block.Image) body(folder).get(0);
        assertThat(image.file().getFileName()).hasToString("my photo_[1].png");
        assertThat(image.alt()).isEmpty();
    }

    @Test
    void aShortcodeImageThatIsMissingFailsLikeAMarkdownImageAtItsLine() {
        var folder = folder("{{< notice >}}\nOne.\n{{< /notice >}}\n\n{{< img src=\"../images/gone.png\" >}}\n");
        assertThatThrownBy(folder::read).isInstanceOf(InputException.class)
                .hasMessageContaining("c.md:7:").hasMessageContaining("'../images/gone.png' does not exist");
    }

    @Test
    void aWrapperShortcodeKeepsItsInnerMarkdownAsABlockQuote() {
        assertThat(body("Before.\n{{% notice warning %}}\nMind the **gap**.\n\n- one\n- two\n{{% /notice %}}\n"
                + "After.\n")).containsExactly(p("Before."),
                new Block.BlockQuote(List.of(
                        new Block.Paragraph(List.of(new Text("Mind the "), new Inline.Strong(List.of(
                                new Text("gap"))), new Text("."))),
                        new Block.ListBlock(false, 1, List.of(new Block.ListItem(List.of(p("one"))),
                                new Block.ListItem(List.of(p("two"))))))),
                p("After."));
    }

    @Test
    void aWrapperWithATitlePrintsItFirstAndNestedWrappersNest() {
        assertThat(body("{{< details summary=\"Read more\" >}}\nOuter.\n{{< tip >}}Inner.{{< /tip >}}\n"
                + "{{< /details >}}\n")).containsExactly(new Block.BlockQuote(List.of(
                        new Block.Paragraph(List.of(new Inline.Strong(List.of(new Text("Read more"))))),
                        p("Outer."), new Block.BlockQuote(List.of(p("Inner."))))));
    }

    @Test
    void embedsBecomeLinksLabelledInTheColumnsLanguage() {
        assertThat(body("{{< youtube dQw4w9WgXcQ >}}\n\n{{< tweet user=\"jack\" id=\"20\" >}}\n")).containsExactly(
                new Block.Paragraph(List.of(new Inline.Link("https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                        List.of(new Text("Video on YouTube"))))),
                new Block.Paragraph(List.of(new Inline.Link("https://x.com/jack/status/20",
                        List.of(new Text("Post on X"))))));
        Column dutch = TestBooks.readColumn(dir.resolve("nl"), "c.md",
                "---\ntitle: T\nlanguage: nl\n---\n{{< vimeo 146022717 >}}\n");
        assertThat(Inline.plainText(((Block.Paragraph) dutch.body().get(0)).content())).isEqualTo("Video op Vimeo");
    }

    @Test
    void anUnknownShortcodeIsRemovedKeepingItsTextWithOneWarningPerKind() {
        var folder = folder("A {{< signup \"other.md\" >}} b.\n\n{{< highlight-box >}}Kept{{< /highlight-box >}}\n\n"
                + "C {{< signup \"x.md\" >}} and {{% signup \"y.md\" %}}.\n");
        assertThat(body(folder)).containsExactly(p("A  b."), p("Kept"), p("C  and ."));
        assertThat(folder.reporter.warnings).filteredOn(w -> w.contains("signup >}}")).singleElement()
                .satisfies(w -> assertThat(w).contains("c.md:3:").contains("3 times, first here"));
        assertThat(folder.reporter.warnings).filteredOn(w -> w.contains("highlight-box")).singleElement()
                .satisfies(w -> assertThat(w).contains("c.md:5:").contains("(once)"));
    }

    @Test
    void aLinkToAnotherPostByRefOrPostUrlIsALinkToTheAuthorsOwnSite() {
        // Hugo: [text]({{< ref "path" >}}); Jekyll: [text]({% post_url 2019-01-06-slug %}). Each is the
        // address of another page of the site: its text is printed, as any link to the site, grouped.
        var folder = folder("See [the first part]({{< ref \"/posts/series/part-1\" >}}) and "
                + "[the notes]({{< relref \"notes.md#ice\" >}}).\n\n"
                + "Also [last year]({% post_url 2019-01-06-new-year %}).\n");
        assertThat(body(folder)).containsExactly(p("See the first part and the notes."), p("Also last year."));
        assertThat(folder.reporter.warnings).hasSize(3).allSatisfy(w -> assertThat(w)
                .contains("is printed as plain text").doesNotContain("shortcode").doesNotContain("Liquid"));
        assertThat(folder.reporter.warnings).anySatisfy(w -> assertThat(w).contains("'/posts/series/part-1'"))
                .anySatisfy(w -> assertThat(w).contains("'/notes.md#ice'"))
                .anySatisfy(w -> assertThat(w).contains("'/2019-01-06-new-year'"));
    }

    @Test
    void shortcodesAndLiquidInCodeStayAsWritten() {
        assertThat(body("Use `{{< figure src=\"x\" >}}` or `{% include x %}`.\n\n```\n{{< youtube x >}}\n"
                + "{{ page.title }}\n```\n")).containsExactly(
                new Block.Paragraph(List.of(new Text("Use "), new Inline.Code("{{< figure src=\"x\" >}}"),
                        new Text(" or "), new Inline.Code("{% include x %}"), new Text("."))),
                new Block.CodeBlock("", "{{< youtube x >}}\n{{ page.title }}"));
    }

    @Test
    void anEscapedShortcodeIsPrintedAsAShortcode() {
        assertThat(body("Write {{</* youtube abc */>}} for a video.\n"))
                .containsExactly(p("Write {{< youtube abc >}} for a video."));
    }

    @Test
    void liquidRawKeepsItsTextHighlightIsCodeAndCommentsAreDropped() {
        var folder = folder("{% raw %}Keep {{ this }} *as* it is{% endraw %}\n\n{% highlight ruby linenos %}\n"
                + "def x = `y`\n{% endhighlight %}\n\n{% comment %}\nhidden\n{% endcomment %}\nEnd.\n");
        assertThat(body(folder)).containsExactly(
                new Block.Paragraph(List.of(new Text("Keep {{ this }} "), new Inline.Emphasis(List.of(
                        new Text("as"))), new Text(" it is"))),
                new Block.CodeBlock("ruby", "def x = `y`"), p("End."));
        assertThat(folder.reporter.warnings).isEmpty();
    }

    @Test
    void otherLiquidTagsAndOutputAreRemovedWithOneWarningPerKind() {
        var folder = folder("{% include note.html %}\n{% if site.x %}Shown{% endif %} by {{ page.author }}.\n\n"
                + "{% include other.html %}\n");
        assertThat(body(folder)).containsExactly(p("Shown by ."));
        assertThat(folder.reporter.warnings).hasSize(3).anySatisfy(w -> assertThat(w).contains("c.md:3:")
                .contains("{% include %}").contains("2 times"))
                .anySatisfy(w -> assertThat(w).contains("{% if %}").contains("2 times"))
                .anySatisfy(w -> assertThat(w).contains("{{ page.author }}").contains("(once)"));
    }

    @Test
    void textThatOnlyLooksLikeATagIsKeptAndRealHtmlIsStillDropped() {
        var folder = folder("Go to https://<your-server>/path/<name> now, <span>or</span> not.\n\n<tbd>\n");
        assertThat(body(folder)).containsExactly(p("Go to https://<your-server>/path/<name> now, or not."),
                p("<tbd>"));
        assertThat(folder.reporter.warnings).singleElement()
                .satisfies(w -> assertThat(w).contains("c.md:3:").contains("raw HTML <span>"));
    }

    @Test
    void aLinkDestinationInAngleBracketsIsNoTag() {
        // <target> would be a look-alike tag anywhere else; as a destination it is the link's, in both forms.
        var folder = folder("See [this](<target>) and [ref].\n\n[ref]: <target>\n\nA <placeholder> too.\n");
        assertThat(body(folder)).containsExactly(p("See this and ref."), p("A <placeholder> too."));
        assertThat(folder.reporter.warnings).hasSize(2)
                .allSatisfy(w -> assertThat(w).contains("'target'").contains("plain text"));
    }

    @Test
    void linesAddedForAFenceDoNotShiftTheLinesOfLaterMessages() {
        var folder = folder("{% highlight js %}var a;{% endhighlight %}\n\n[x](javascript:alert(1))\n");
        body(folder);
        assertThat(folder.reporter.warnings).singleElement().satisfies(w -> assertThat(w).contains("c.md:5:"));
    }

    @Test
    void aLongLineOfOpeningBracesReadsInLinearTime() {
        String hostile = "{{< ".repeat(50_000) + "\n\n" + "{% ".repeat(50_000) + "\n\n" + "{{ ".repeat(50_000);
        org.assertj.core.api.Assertions.assertThatCode(() -> {
            long start = System.nanoTime();
            body(hostile);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }).doesNotThrowAnyException();
    }

    @Test
    void aDeepNestingOfWrappersIsCappedAndReadsInLinearTime() {
        int depth = 5_000;
        // Blank lines between: flexmark's own paragraph parsing grows with the square of a paragraph's lines.
        String nested = "{{< note >}}\n\n".repeat(depth) + "Deep.\n\n" + "{{< /note >}}\n\n".repeat(depth)
                + "{{< tip >}}\n\n".repeat(depth);
        long start = System.nanoTime();
        List<Block> body = body(nested);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        Block block = body.get(0);
        int levels = 0;
        while (block instanceof Block.BlockQuote quote) {
            levels++;
            block = quote.blocks().get(quote.blocks().size() - 1);
        }
        assertThat(levels).isEqualTo(MarkupOut.MAX_QUOTE_DEPTH);
        assertThat(block).isEqualTo(p("Deep."));
    }
}
