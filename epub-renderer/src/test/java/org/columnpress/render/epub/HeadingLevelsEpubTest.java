package org.columnpress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Inline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headings as blogs write them, skipping levels: "### Part" under no "##" and then "## Summary" (a real
 * Jekyll post), or "##" then "####". DAISY Ace reports each skipped level (heading-order).
 */
class HeadingLevelsEpubTest {

    @TempDir
    Path dir;

    @Test
    void eachHeadingIsOneLevelBelowTheHeadingItBelongsUnder() throws Exception {
        Book book = TestBooks.book("Headings", List.of(
                TestBooks.column("skips", "Skipped levels", "en", body(3, 3, 2, 4, 4, 2, 3, 6))));
        Path epub = EpubBooksTest.render(book, Map.of(), dir);

        String xhtml = new EpubContents(epub).entries.entrySet().stream()
                .filter(e -> e.getKey().endsWith(".xhtml"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8))
                .filter(text -> text.contains("Heading 1")).findFirst().orElseThrow();
        List<String> levels = new ArrayList<>();
        Matcher m = Pattern.compile("<h(\\d)[^>]*>Heading (\\d)").matcher(xhtml);
        while (m.find()) {
            levels.add("h" + m.group(1));
        }
        assertThat(levels).containsExactly("h2", "h2", "h2", "h3", "h3", "h2", "h3", "h4");
    }

    private static List<Block> body(int... levels) {
        List<Block> body = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            body.add(new Block.Heading(levels[i], List.of(new Inline.Text("Heading " + (i + 1)))));
            body.add(TestBooks.p("Text."));
        }
        return body;
    }
}
