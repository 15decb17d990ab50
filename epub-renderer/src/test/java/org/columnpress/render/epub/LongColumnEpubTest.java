package org.columnpress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Footnote;
import org.columnpress.core.model.Inline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A column over 200,000 characters goes into several content documents, cut by the PDF's rule
 * (BodyCutter): the opener in the first, notes and copyright line in the last, footnote links both ways
 * across documents, the spine in reading order, and epubcheck clean (it checks every cross-document
 * fragment link).
 */
class LongColumnEpubTest {

    private static final int PARAGRAPHS = 450;
    private static final String SENTENCE = "De wethouder bewondert het fietspad na lang beraad. ";

    @TempDir
    static Path temp;
    static EpubContents epub;
    static List<String> problems;

    @BeforeAll
    static void render() throws Exception {
        List<Block> body = new ArrayList<>();
        for (int i = 1; i <= PARAGRAPHS; i++) {
            if (i % 40 == 0) {
                body.add(new Block.Heading(2, List.of(new Inline.Text("Deel " + (i / 40 + 1)))));
            }
            List<Inline> text = new ArrayList<>(List.of(new Inline.Text("Alinea " + i + ". " + SENTENCE.repeat(19))));
            if (i == 1 || i == 250 || i == PARAGRAPHS) {
                text.add(new Inline.FootnoteRef(i == 1 ? 1 : i == 250 ? 2 : 3));
            }
            body.add(new Block.Paragraph(text));
        }
        List<Footnote> notes = List.of(new Footnote(1, List.of(TestBooks.paragraph("Noot een."))),
                new Footnote(2, List.of(TestBooks.paragraph("Noot twee."))),
                new Footnote(3, List.of(TestBooks.paragraph("Noot drie."))));
        Book book = TestBooks.book(temp, "Lang en kort", Optional.empty(), "nl", List.of(
                TestBooks.column(temp, "lang", "Een lange column", "nl", body, notes, Optional.empty(), Optional.empty()),
                TestBooks.column(temp, "kort", "Een korte column", "nl", List.of(TestBooks.paragraph("Kort.")),
                        List.of(), Optional.empty(), Optional.empty())), Optional.empty());
        Path out = Files.createDirectories(temp.resolve("out"));
        Path file = EpubBooksTest.render(book, Map.of(), out);
        epub = new EpubContents(file);
        problems = EpubChecker.problems(file);
    }

    @Test
    void epubcheckFindsNoErrorsOrWarnings() {
        assertThat(problems).isEmpty();
    }

    @Test
    void theLongColumnIsInSeveralDocumentsInTheSpineAndTheShortOneInOne() {
        List<String> spine = epub.select("OEBPS/content.opf", "//*[local-name()='itemref']/@idref");
        int first = spine.indexOf("column-0001");
        List<String> columns = spine.subList(first, spine.indexOf("column-0002") + 1);
        assertThat(columns).hasSizeBetween(4, 6).startsWith("column-0001", "column-0001-2").endsWith("column-0002");
        for (int part = 2; part < columns.size(); part++) {
            assertThat(columns.get(part - 1)).isEqualTo("column-0001-" + part);
        }
        assertThat(epub.select("OEBPS/text/nav.xhtml", "//*[local-name()='a']/@href"))
                .contains("column-0001.xhtml", "column-0002.xhtml").noneMatch(href -> href.startsWith("column-0001-"));
    }

    @Test
    void theOpenerIsInTheFirstDocumentNotesAndCopyrightInTheLastAndTheTextReadsOnInOrder() {
        List<String> documents = documents();
        String firstText = epub.bodyText(documents.get(0));
        String lastText = epub.bodyText(documents.get(documents.size() - 1));
        assertThat(firstText).startsWith("Een lange column").contains("Door Wim Aalbers").doesNotContain("Noot een.");
        assertThat(lastText).contains("Noot een.", "Noot twee.", "Noot drie.", "© Wim Aalbers 2009")
                .doesNotContain("Door Wim Aalbers");
        for (String document : documents.subList(1, documents.size())) {
            assertThat(epub.select(document, "//*[local-name()='h1']")).as(document).isEmpty();
            assertThat(epub.select(document, "//*[local-name()='h2']")).as(document + " begins with a heading")
                    .first().asString().startsWith("Deel");
        }
        StringBuilder all = new StringBuilder();
        documents.forEach(document -> all.append(epub.bodyText(document)).append(' '));
        Matcher numbers = Pattern.compile("Alinea (\\d+)\\.").matcher(all);
        List<Integer> found = new ArrayList<>();
        while (numbers.find()) {
            found.add(Integer.parseInt(numbers.group(1)));
        }
        assertThat(found).isEqualTo(IntStream.rangeClosed(1, PARAGRAPHS).boxed().toList());
    }

    @Test
    void footnoteLinksGoAcrossDocumentsBothWays() {
        List<String> documents = documents();
        String first = documents.get(0);
        String last = documents.get(documents.size() - 1);
        String lastName = last.substring(last.lastIndexOf('/') + 1);
        assertThat(epub.select(first, "//*[@id='fnref-1']/@href")).containsExactly(lastName + "#fn-1");
        assertThat(epub.select(last, "//*[@id='fnref-3']/@href")).containsExactly("#fn-3");
        List<String> backLinks = epub.select(last, "//*[local-name()='aside']//*[@role='doc-backlink']/@href");
        assertThat(backLinks).hasSize(3);
        assertThat(backLinks.get(0)).isEqualTo("column-0001.xhtml#fnref-1");
        assertThat(backLinks.get(1)).matches("column-0001-\\d\\.xhtml#fnref-2");
        assertThat(backLinks.get(2)).isEqualTo("#fnref-3");
    }

    private static List<String> documents() {
        return epub.entries.keySet().stream().filter(name -> name.matches("OEBPS/text/column-0001(-\\d+)?\\.xhtml"))
                .toList();
    }
}
