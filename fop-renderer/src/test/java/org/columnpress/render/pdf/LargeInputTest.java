package org.columnpress.render.pdf;

import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Inline;
import org.columnpress.core.render.RenderedFile;
import org.columnpress.core.render.Renderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Very large and awkward input (issue 7): each renders, and where the layout overflows the warning
 * names the column. The 10 MB column and 5,000 columns under -Xmx512m are in the benchmark module
 * (ScaleTest), which runs them in a JVM of that size.
 */
class LargeInputTest {

    private static final String SENTENCE = "De gemeenteraad vergadert over het bestemmingsplan in de"
            + " stromende regen, en niemand weet nog waarom. ";

    @TempDir
    Path out;
    static Renderer renderer;
    static RecordingReporter reporter = new RecordingReporter();

    @BeforeAll
    static void buildRendererOnce() {
        renderer = new PdfRendererFactory().create(TestBooks.options(Map.of(), reporter));
    }

    /**
     * Measured here (2 shared cores): the render 12-25 s for 503 pages, the whole test about 35 s (PDFBox
     * reads every page), and it passes under -Xmx512m. As one block it did not finish in 5 minutes with
     * 6 GB. The paragraph is also longer than a body ({@link #aVeryLongColumnIsSetInPageSequencesThatReadOn}),
     * so it runs on over several page sequences.
     */
    @Test
    void aOneMegabyteParagraphRendersEveryWordInOrderAndIsWarnedAboutOnce() throws Exception {
        StringBuilder text = new StringBuilder("Het begin van de alinea. ");
        int sentences = 0;
        while (text.length() < 1_000_000) {
            text.append("Zin ").append(++sentences).append(": ").append(SENTENCE);
        }
        Book book = TestBooks.book("Lang", List.of(TestBooks.column("lang", "Eén alinea", "nl",
                List.of(TestBooks.p(text.append("Einde van de alinea.").toString())))));

        RenderedFile pdf = renderer.render(book, out, "lang").get(0);

        assertThat(pdf.pages()).isGreaterThan(400);
        String all = Pdfs.text(pdf.path());
        assertThat(all).contains("Het begin van de alinea.").contains("Einde van de alinea.");
        Matcher numbers = Pattern.compile("Zin\\s+(\\d+):").matcher(all);
        List<Integer> found = new ArrayList<>();
        while (numbers.find()) {
            found.add(Integer.parseInt(numbers.group(1)));
        }
        assertThat(found).as("every sentence once, in order").hasSize(sentences)
                .isEqualTo(IntStream.rangeClosed(1, sentences).boxed().toList());
        assertThat(reporter.warnings).filteredOn(w -> w.contains("in consecutive parts")).singleElement()
                .asString().contains(Path.of("columns", "lang.md").toString(), "Eén alinea");
    }

    /**
     * A column over 200,000 characters is cut into several page sequences (FOP keeps one whole in memory
     * until it ends), before a heading where it can; the pages still read as one column, in the book and
     * in the column's own PDF.
     */
    @Test
    void aVeryLongColumnIsSetInPageSequencesThatReadOn() throws Exception {
        List<Block> body = new ArrayList<>();
        int paragraphs = 400;
        for (int i = 1; i <= paragraphs; i++) {
            if (i % 50 == 1 && i > 1) {
                body.add(new Block.Heading(2, List.of(new Inline.Text("Deel " + (i / 50 + 1)))));
            }
            body.add(TestBooks.p("Alinea " + i + ". " + SENTENCE.repeat(5 + i % 11)));
        }
        Book book = TestBooks.book("Lang", List.of(TestBooks.column("essay", "Een essay", "nl", body)));

        List<RenderedFile> files = new PdfRendererFactory()
                .create(TestBooks.options(Map.of("columns", "true"), reporter)).render(book, out, "essay");

        assertThat(files).hasSize(2);
        for (RenderedFile pdf : files) {
            assertReadsAsOneColumn(pdf.path(), paragraphs);
        }
        assertThat(reporter.warnings).filteredOn(w -> w.contains("the column is longer than"))
                .filteredOn(w -> w.contains(Path.of("columns", "essay.md").toString())).singleElement()
                .asString().contains("Een essay", "new page");
    }

    /** The book PDF, or the column's own: it reads as one column over several page sequences. */
    private static void assertReadsAsOneColumn(Path pdf, int paragraphs) throws Exception {
        List<String> pages = Pdfs.pageTexts(pdf);
        int opener = PdfBookTest.indexOf(pages, "Een essay\nOver een essay");
        int last = PdfBookTest.indexOf(pages, "© Wim Aalbers 2009");
        List<Integer> sequenceStarts = new ArrayList<>();
        for (int page = opener; page <= last; page++) {
            assertThat(pages.get(page).strip().length()).as("text on page %d of the column", page).isGreaterThan(40);
            if (page > opener && pages.get(page).matches("(?s)[^\\n]+\\RDeel \\d+\\R.*")) {
                sequenceStarts.add(page);
            }
        }
        assertThat(sequenceStarts).as("later page sequences begin with a heading at the top of a page").hasSizeGreaterThanOrEqualTo(2);
        Matcher numbers = Pattern.compile("Alinea (\\d+)\\.").matcher(String.join("\n", pages.subList(opener, last + 1)));
        List<Integer> found = new ArrayList<>();
        while (numbers.find()) {
            found.add(Integer.parseInt(numbers.group(1)));
        }
        assertThat(found).as("every paragraph once, in order").isEqualTo(IntStream.rangeClosed(1, paragraphs).boxed().toList());
        assertThat(String.join("\n", pages)).containsOnlyOnce("Door Wim Aalbers").containsOnlyOnce("Wim Aalbers werkt aan");
        assertThat(pages.get(last)).contains("Wim Aalbers werkt aan");
        try (var doc = Pdfs.open(pdf)) {
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            assertThat(labels[opener - 1]).as("the column opens the body, page 1").isEqualTo("1");
            for (int i = opener - 1; i < labels.length; i++) {
                assertThat(labels[i]).as("page numbers run on").isEqualTo(Integer.toString(i - opener + 2));
            }
        }
    }

    @Test
    void aWordLongerThanTheLineIsWarnedAboutNamingItsColumn() throws Exception {
        // Digits: no hyphenation pattern can break them, so the line must overflow.
        String word = "31415926535897932384626433832795028841971".repeat(3);
        Book book = TestBooks.book("Woorden", List.of(
                TestBooks.column("kort", "Gewoon", "nl", List.of(TestBooks.p(SENTENCE))),
                TestBooks.column("woord", "Het lange woord", "nl", List.of(TestBooks.p("Voor " + word + " na.")))));

        RenderedFile pdf = renderer.render(book, out, "woord").get(0);

        assertThat(Pdfs.text(pdf.path())).contains("na.");
        assertThat(warningsAbout("woord.pdf")).anySatisfy(w -> assertThat(w)
                .contains("columns/woord.md").contains("Het lange woord").containsIgnoringCase("exceed"));
        assertThat(warningsAbout("woord.pdf")).noneMatch(w -> w.contains("columns/kort.md"));
    }

    @Test
    void aTableWiderThanThePageRendersAndIsWarnedAboutNamingItsColumn() throws Exception {
        List<Block.Cell> cells = new ArrayList<>();
        List<Block.Alignment> alignments = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            cells.add(PdfBookTest.cell("Omzetbelastingaangifte" + i));
            alignments.add(Block.Alignment.LEFT);
        }
        Block.Table table = new Block.Table(alignments, List.of(new Block.Row(cells)), List.of(new Block.Row(cells)));
        Book book = TestBooks.book("Breed", List.of(TestBooks.column("breed", "De brede tabel", "nl",
                List.of(TestBooks.p("Voor de tabel."), table, TestBooks.p("Na de tabel.")))));

        RenderedFile pdf = renderer.render(book, out, "breed").get(0);

        assertThat(Pdfs.text(pdf.path())).contains("Na de tabel.");
        assertThat(warningsAbout("breed.pdf")).anySatisfy(w -> assertThat(w)
                .contains("columns/breed.md").contains("De brede tabel"));
    }

    @Test
    void aTenThousandRowTableRendersEveryRow() throws Exception {
        List<Block.Row> rows = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            rows.add(new Block.Row(List.of(PdfBookTest.cell("Rij " + i), PdfBookTest.cell("€ " + i * 7))));
        }
        Block.Table table = new Block.Table(List.of(Block.Alignment.LEFT, Block.Alignment.RIGHT),
                List.of(new Block.Row(List.of(PdfBookTest.cell("Rij"), PdfBookTest.cell("Bedrag")))), rows);
        Book book = TestBooks.book("Rijen", List.of(TestBooks.column("rijen", "Tienduizend rijen", "nl",
                List.of(table, TestBooks.p("Einde van de tabel.")))));

        RenderedFile pdf = renderer.render(book, out, "rijen").get(0);

        assertThat(pdf.pages()).isGreaterThan(100);
        String text = Pdfs.text(pdf.path());
        assertThat(text).contains("Rij 1 ", "Rij 5000", "Rij 10000", "€ 70000", "Einde van de tabel.");
    }

    private static List<String> warningsAbout(String document) {
        return reporter.warnings.stream().filter(w -> w.endsWith("[" + document + "]")).toList();
    }
}
