package org.columnpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where each column starts (stylesheet parameter column.start), read back from the pages: page (the
 * default), recto and continuous, on one book of short and longer columns.
 */
class ColumnStartTest {

    /** Paragraphs per column: one is three lines (a very short column), two about half a page, six about
        a page and a half. */
    static final int[] LENGTHS = {1, 6, 2, 1, 1, 6, 1, 2};
    static final String SHORT = "Een korte column: twee zinnen over de klant, die koning is zolang hij betaalt."
            + " Daarna is hij gewoon een mens.";

    @TempDir
    static Path out;
    static Book book;
    static final Map<String, Path> pdfs = new java.util.HashMap<>();
    static final RecordingReporter reporter = new RecordingReporter();

    @BeforeAll
    static void render() {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < LENGTHS.length; i++) {
            List<Block> body = new ArrayList<>();
            for (int p = 0; p < LENGTHS[i]; p++) {
                body.add(TestBooks.p("Column " + (i + 1) + ", alinea " + (p + 1) + ". "
                        + (LENGTHS[i] == 1 ? SHORT : PdfBookTest.LONG)));
            }
            columns.add(TestBooks.column(String.format("%03d_c", i), "Column nummer " + (i + 1), "nl", body));
        }
        book = TestBooks.book("Beginnen", columns);
        for (String start : List.of("default", "recto", "continuous")) {
            Map<String, String> settings = start.equals("default") ? Map.of()
                    : Map.of("param.column.start", start);
            pdfs.put(start, new PdfRendererFactory().create(TestBooks.options(settings, reporter))
                    .render(book, out.resolve(start), "boek").get(0).path());
        }
    }

    @Test
    void byDefaultEachColumnStartsOnTheNextPageWithNoBlankPageBetween() throws Exception {
        List<Integer> starts = starts(pdfs.get("default"));
        List<String> pages = Pdfs.pageTexts(pdfs.get("default"));
        for (int i = 1; i < starts.size(); i++) {
            assertThat(starts.get(i)).as("column %d starts after column %d", i + 1, i).isGreaterThan(starts.get(i - 1));
            // The page before each column is the previous column's last page: it holds that column's text.
            assertThat(pages.get(starts.get(i) - 1)).as("page %d, before column %d", starts.get(i) - 1, i + 1)
                    .contains("Column " + i + ", alinea " + LENGTHS[i - 1]);
        }
        assertThat(starts).as("some columns start on left-hand pages").anyMatch(p -> p % 2 == 0);
        // Running heads: the book title on left-hand pages, the column's title on right-hand ones, none on openers.
        try (PDDocument doc = Pdfs.open(pdfs.get("default"))) {
            int checked = 0;
            for (int c = 0; c < starts.size() - 1; c++) {
                for (int page = starts.get(c) + 1; page < starts.get(c + 1); page++) {
                    assertThat(Pdfs.runningHead(doc, page)).as("page %d", page)
                            .isEqualTo(page % 2 == 0 ? "Beginnen" : "Column nummer " + (c + 1));
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(1);
        }
        assertThat(reporter.warnings).noneMatch(w -> w.contains("glyph") || w.contains("overflow"));
    }

    @Test
    void rectoStartsEachColumnOnARightHandPage() throws Exception {
        List<Integer> starts = starts(pdfs.get("recto"));
        assertThat(starts).hasSize(LENGTHS.length).allMatch(p -> p % 2 == 1);
        List<String> pages = Pdfs.pageTexts(pdfs.get("recto"));
        assertThat(pages.subList(starts.get(0), starts.get(starts.size() - 1)))
                .as("blank left-hand pages where a column ends on a right-hand one").anyMatch(String::isBlank);
    }

    @Test
    void continuousColumnsFollowEachOtherOnOnePage() throws Exception {
        List<Integer> starts = starts(pdfs.get("continuous"));
        assertThat(starts).hasSize(LENGTHS.length);
        // Two titles on one page, more than once (which ones depends on how the pages fill).
        long shared = java.util.stream.IntStream.range(1, starts.size())
                .filter(i -> starts.get(i).equals(starts.get(i - 1))).count();
        assertThat(shared).as("columns starting on the page of the one before: %s", starts).isGreaterThanOrEqualTo(2);
        assertThat(Pdfs.pageCount(pdfs.get("continuous"))).isLessThan(Pdfs.pageCount(pdfs.get("default")));
        String text = Pdfs.text(pdfs.get("continuous"));
        assertThat(text.split("❦", -1)).as("an ornament between each two columns").hasSize(LENGTHS.length);
    }

    @Test
    void noColumnTitleIsTheLastLineOfAPage() throws Exception {
        for (String start : pdfs.keySet()) {
            List<Pdfs.Line> lines = Pdfs.lines(pdfs.get(start));
            for (int i = 0; i < lines.size(); i++) {
                Pdfs.Line line = lines.get(i);
                if (line.text().startsWith("Column nummer") && line.words().get(0).right() - line.words().get(0).left() > 50) {
                    // The opener's title is followed on its page by its column's first words.
                    int page = line.page();
                    String title = line.text();
                    String number = title.substring("Column nummer ".length());
                    assertThat(lines.subList(i + 1, lines.size()).stream().filter(l -> l.page() == page)
                            .map(Pdfs.Line::text))
                            .as("%s: the first lines of '%s' on its page %d", start, title, page)
                            .anyMatch(t -> t.startsWith("Column " + number + ", alinea 1."));
                }
            }
        }
    }

    @Test
    void continuousRunningHeadsNameTheColumnAtTheTopOfEachRightHandPage() throws Exception {
        Path pdf = pdfs.get("continuous");
        List<Integer> starts = starts(pdf);
        List<String> pages = Pdfs.pageTexts(pdf);
        int checked = 0;
        try (PDDocument doc = Pdfs.open(pdf)) {
            for (int page = starts.get(0) + 1; page <= starts.get(starts.size() - 1); page++) {
                if (page % 2 == 0) {
                    assertThat(Pdfs.runningHead(doc, page)).isEqualTo("Beginnen");
                    continue;
                }
                // The column whose text is at the top of the page: the last one started before it, or one
                // that starts right at the top (its ornament or title is the page's first line of text).
                String first = pages.get(page).lines().skip(1).findFirst().orElse("");
                boolean opensAtTop = first.startsWith("❦") || first.startsWith("Column nummer");
                int atTop = 0;
                for (int c = 0; c < starts.size(); c++) {
                    if (starts.get(c) < page || opensAtTop && starts.get(c) == page && atTop < c
                            && (c == 0 || starts.get(c - 1) < page)) {
                        atTop = c;
                    }
                }
                String head = Pdfs.runningHead(doc, page);
                assertThat(head).as("page %d: %s", page, pages.get(page)).isEqualTo("Column nummer " + (atTop + 1));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1);
    }

    /** The page (from 1) on which each column's title is printed as its opener. */
    static List<Integer> starts(Path pdf) throws Exception {
        List<Integer> starts = new ArrayList<>();
        try (PDDocument doc = Pdfs.open(pdf)) {
            for (int n = 1; n <= LENGTHS.length; n++) {
                String title = "Column nummer " + n;
                int found = 0;
                for (int page = 1; page <= doc.getNumberOfPages() && found == 0; page++) {
                    for (Pdfs.Run run : Pdfs.runs(doc, page)) {
                        if (run.text().strip().equals(title) && run.size() > 15) {
                            found = page;
                        }
                    }
                }
                assertThat(found).as("the opener of %s", title).isPositive();
                starts.add(found);
            }
        }
        return starts;
    }
}
