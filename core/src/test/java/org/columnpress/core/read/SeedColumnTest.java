package org.columnpress.core.read;

import org.columnpress.core.RecordingReporter;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Inline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SeedColumnTest {

    private static final RecordingReporter reporter = new RecordingReporter();
    private static Book book;
    private static Column column;

    @BeforeAll
    static void readSeed() throws URISyntaxException {
        Path folder = Path.of(SeedColumnTest.class.getResource("/books/seed").toURI());
        book = new BookReader(reporter).read(folder, BookDefaults.none());
        column = book.columns().get(0);
    }

    private static List<String> paragraphs(List<Block> blocks) {
        return blocks.stream().map(b -> Inline.plainText(((Block.Paragraph) b).content())).toList();
    }

    @Test
    void theSeedGivesTitleSubtitleAndAuthor() {
        assertThat(column.title()).isEqualTo("Niet zo commercieel correct graag");
        assertThat(column.subtitle()).contains("Wat nou alles draait om de klant?");
        assertThat(column.authors()).containsExactly("Wim Aalbers");
        assertThat(column.id()).isEqualTo("000-696a874dd5a2c124");
        assertThat(column.language()).isEqualTo("nl");
    }

    @Test
    void theBodyHasEightParagraphsWithoutThePdfLine() {
        List<String> body = paragraphs(column.body());
        assertThat(body).hasSize(8);
        assertThat(body.get(0)).startsWith("Buiten is het lente");
        assertThat(body.get(7)).endsWith("Ga niet voor de fooi maar voor de fee.");
        assertThat(String.join("\n", body)).doesNotContain("PDF").doesNotContain("Door Wim");
    }

    @Test
    void theBioIsTwoParagraphsTheSecondALink() {
        assertThat(paragraphs(column.bio()))
                .containsExactly("Wim Aalbers werkt aan Beweging in de Zaak", "www.wimaalbers.nl");
        Block.Paragraph second = (Block.Paragraph) column.bio().get(1);
        assertThat(second.content()).containsExactly(new Inline.Link("http://www.wimaalbers.nl",
                List.of(new Inline.Text("www.wimaalbers.nl"))));
    }

    @Test
    void theCopyrightLineGivesTheYear() {
        assertThat(column.copyright()).contains("© Wim Aalbers 2009");
        assertThat(column.year()).contains(Year.of(2009));
        assertThat(column.date()).isEmpty();
    }

    @Test
    void quotesApostrophesAndDashesComeOutCurly() {
        String first = paragraphs(column.body()).get(0);
        assertThat(first).contains("“Er wordt momenteel wel heel diep gebukt voor werk”, zei")
                .contains("“Ik geloof niet").contains("een keuze?”")
                .doesNotContain("\"").doesNotContain("”Er");
        String all = String.join("\n", paragraphs(column.body()));
        assertThat(all).contains("kostenniveau’s").contains("extra’s").contains("telt – meer")
                .contains("(terug-)verdienen").doesNotContain("'");
    }

    @Test
    void theSeedReadsWithoutWarnings() {
        assertThat(reporter.warnings).isEmpty();
        assertThat(book.title()).isEqualTo("Columns over ondernemen");
        assertThat(book.labels().get(org.columnpress.core.model.Label.CONTENTS)).isEqualTo("Inhoud");
    }
}
