package org.columnpress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A French book whose titles end in ? and !: its sources page, its hyphenation, epubcheck. */
class TypographyEpubTest {

    @TempDir
    static Path out;
    static Path epub;

    @BeforeAll
    static void render() {
        List<Column> columns = new ArrayList<>();
        String[] titles = {"Pourquoi ?", "Jamais !", "Il a dit : « Non ! »", "Le pont"};
        for (int i = 0; i < titles.length; i++) {
            columns.add(TestBooks.column(out, "c" + i, titles[i], "fr",
                    List.of(TestBooks.paragraph("Un texte justifié, avec des mots assez longs pour être coupés.")),
                    List.of(), Optional.of("Le Monde"), Optional.of(LocalDate.of(2009, 3, 1 + i))));
        }
        Book book = TestBooks.book(out, "Chroniques", Optional.empty(), "fr", columns, Optional.empty());
        epub = new EpubRendererFactory().create(TestBooks.options(Map.of(), new RecordingReporter()))
                .render(book, out, "livre").get(0).path();
    }

    @Test
    void aTitleEndingInAQuestionOrExclamationMarkTakesNoPeriodOnTheSourcesPage() {
        String text = new EpubContents(epub).bodyText("OEBPS/text/sources.xhtml").replaceAll("\\s+", " ");
        assertThat(text).contains("Pourquoi ? Paru d’abord dans Le Monde le 1 mars 2009.",
                "Jamais ! Paru d’abord dans Le Monde",
                "Il a dit : « Non ! » Paru d’abord dans Le Monde",
                "Le pont. Paru d’abord dans Le Monde");
        assertThat(text).doesNotContain("?.", "!.", "».");
    }

    @Test
    void theReadingSystemIsAskedToHyphenateTheTextButNotTheHeadings() {
        String css = new EpubContents(epub).text("OEBPS/css/style.css");
        assertThat(declarations(css, "body")).contains("hyphens: auto", "-webkit-hyphens: auto",
                "-epub-hyphens: auto");
        assertThat(declarations(css, "h1, h2, h3, h4, h5, h6")).contains("hyphens: manual",
                "-webkit-hyphens: manual", "-epub-hyphens: manual");
    }

    @Test
    void epubcheckFindsNoErrorsOrWarnings() {
        assertThat(EpubChecker.problems(epub)).isEmpty();
    }

    /** The declarations of the rule whose selector is exactly {@code selector}. */
    private static String declarations(String css, String selector) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(selector) + "\\s*\\{([^}]*)\\}").matcher(css);
        assertThat(m.find()).as("a rule for %s", selector).isTrue();
        return m.group(1);
    }
}
