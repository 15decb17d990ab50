package org.columnpress.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Inline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextReaderTest {

    private static final String BODY = "This is the first paragraph of the text, long enough to be a real "
            + "paragraph and not a line of the heading.\n\nThe second paragraph ends the text.\n";

    @TempDir
    Path dir;

    private Column read(String text) {
        return TestBooks.readColumn(dir, "c.txt", text);
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(b -> Inline.plainText(((Block.Paragraph) b).content())).toList();
    }

    @Test
    void anEnglishColumnWithBylinePdfLineBioAndCopyright() {
        Column column = read("The title\n\nClick here for the PDF version\n\nA subtitle\n\nBy Ann Smith and Bob Jones\n\n"
                + BODY + "\nAnn Smith writes about\n\nbridges\n\nann@example.org\n\n(c) Ann Smith 2011\n");
        assertThat(column.title()).isEqualTo("The title");
        assertThat(column.subtitle()).contains("A subtitle");
        assertThat(column.authors()).containsExactly("Ann Smith", "Bob Jones");
        assertThat(texts(column.body())).hasSize(2).last().isEqualTo("The second paragraph ends the text.");
        assertThat(texts(column.bio())).containsExactly("Ann Smith writes about bridges", "ann@example.org");
        assertThat(((Block.Paragraph) column.bio().get(1)).content()).containsExactly(
                new Inline.Link("mailto:ann@example.org", List.of(new Inline.Text("ann@example.org"))));
        assertThat(column.copyright()).contains("© Ann Smith 2011");
        assertThat(column.year()).contains(Year.of(2011));
    }

    @Test
    void withoutSubtitleBioOrCopyrightEverythingElseIsText() {
        Column column = read("Title only\n\nDoor Wim Aalbers\n\n" + BODY);
        assertThat(column.subtitle()).isEmpty();
        assertThat(column.authors()).containsExactly("Wim Aalbers");
        assertThat(texts(column.body())).hasSize(2);
        assertThat(column.bio()).isEmpty();
        assertThat(column.copyright()).isEmpty();
        assertThat(column.year()).isEmpty();
    }

    @Test
    void aShortLastSentenceStaysInTheText() {
        Column column = read("Title\n\nVon Anna Berg\n\n" + BODY + "\nGa niet voor de fooi.\n\n© Anna Berg 2010\n");
        assertThat(texts(column.body())).last().isEqualTo("Ga niet voor de fooi.");
        assertThat(column.bio()).isEmpty();
        assertThat(column.authors()).containsExactly("Anna Berg");
    }

    @Test
    void aBioThatStartsWithTheAuthorsNameIsABioEvenAsASentence() {
        Column column = read("Titre\n\nPar Marie Curie\n\n" + BODY + "\nMarie Curie est physicienne.\n");
        assertThat(texts(column.bio())).containsExactly("Marie Curie est physicienne.");
        assertThat(texts(column.body())).hasSize(2);
    }

    @Test
    void withoutBylineTheBookAuthorWritesIt() {
        Column column = read("Title\n\n" + BODY);
        assertThat(column.authors()).containsExactly("The Author");
        assertThat(column.subtitle()).isEmpty();
    }

    @Test
    void bareAddressesInTheTextBecomeLinks() {
        Column column = read("Title\n\nSee https://example.org/a?b=c, or www.x.nl. Mail me@x.nl!\n");
        assertThat(((Block.Paragraph) column.body().get(0)).content()).containsExactly(
                new Inline.Text("See "),
                new Inline.Link("https://example.org/a?b=c", List.of(new Inline.Text("https://example.org/a?b=c"))),
                new Inline.Text(", or "),
                new Inline.Link("http://www.x.nl", List.of(new Inline.Text("www.x.nl"))),
                new Inline.Text(". Mail "),
                new Inline.Link("mailto:me@x.nl", List.of(new Inline.Text("me@x.nl"))),
                new Inline.Text("!"));
    }

    @Test
    void linesOfAParagraphAreJoined() {
        Column column = read("Title\n\nOne line\nand the next.\n");
        assertThat(texts(column.body())).containsExactly("One line and the next.");
    }
}
