package org.columnpress.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ColumnTest {

    private static final Path DIR = Path.of("/book").toAbsolutePath();

    @Test
    void imagesAreFoundInQuotesListsFootnotesAndBioInReadingOrder() {
        Block.Image top = image("top.png");
        Block.Image quoted = image("quoted.png");
        Block.Image listed = image("listed.png");
        Block.Image noted = image("noted.png");
        Block.Image bio = image("bio.png");
        List<Block> body = List.of(top, paragraph("tekst"),
                new Block.BlockQuote(List.of(new Block.BlockQuote(List.of(quoted)))),
                new Block.ListBlock(false, 1, List.of(new Block.ListItem(List.of(paragraph("punt"), listed)))));
        Column column = column(body, List.of(new Footnote(1, List.of(noted))), List.of(bio));

        assertThat(column.images()).containsExactly(top, quoted, listed, noted, bio);
    }

    @Test
    void allBlocksListsEachBlockFollowedByTheBlocksInsideIt() {
        Block.Paragraph inner = paragraph("binnen");
        Block.BlockQuote quote = new Block.BlockQuote(List.of(inner));
        Block.Paragraph after = paragraph("daarna");
        Column column = column(List.of(quote, after), List.of(), List.of());

        assertThat(column.allBlocks()).containsExactly(quote, inner, after);
    }

    private static Block.Image image(String name) {
        return new Block.Image(DIR.resolve(name), name, "");
    }

    private static Block.Paragraph paragraph(String text) {
        return new Block.Paragraph(List.of(new Inline.Text(text)));
    }

    private static Column column(List<Block> body, List<Footnote> footnotes, List<Block> bio) {
        return new Column("c", DIR.resolve("c.md"), "Titel", Optional.empty(), List.of("A. Auteur"),
                Optional.empty(), Optional.empty(), Optional.empty(), "nl", List.of(), body, footnotes, bio,
                Optional.empty());
    }
}
