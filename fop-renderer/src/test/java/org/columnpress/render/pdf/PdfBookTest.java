package org.columnpress.render.pdf;

import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Footnote;
import org.columnpress.core.model.Inline;
import org.columnpress.core.render.RenderedFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One three-column book rendered once with per-column PDFs; the tests read it back with PDFBox. */
public class PdfBookTest {

    static final String LONG = "Het is daarom jammer, dat in veel adviezen en trainingen op het gebied van"
            + " commercie de klant zo op een voetstuk wordt geplaatst. Het klantgerichtheidsjargon is doorspekt"
            + " met luisteren en doorvragen, met aansluiten, inleven en bedienen. Alles draait om de klant en die"
            + " gaat dat voelen ook. Een en al commercieel correcte dienstbaarheid, die de ongelijkheid in de"
            + " relatie benadrukt en waarmee je afhankelijkheid kweekt.";
    static final String SPECIAL = "Tekens & < > \" ’ — é ü ß € ő ł blijven heel.";

    @TempDir
    static Path out;
    static Book book;
    static List<RenderedFile> files;
    static RecordingReporter reporter = new RecordingReporter();

    @BeforeAll
    static void render() {
        book = threeColumnBook();
        files = new PdfRendererFactory().create(TestBooks.options(Map.of("columns", "true"), reporter))
                .render(book, out, "boek");
    }

    public static Book threeColumnBook() {
        return TestBooks.book("Niet zo commercieel correct", List.of(
                TestBooks.column("000_klant", "Wat nou klant", "nl", List.of(
                        TestBooks.p("Buiten is het lente en in mijn hoofd al net zo.", new Inline.FootnoteRef(1)),
                        TestBooks.p(SPECIAL),
                        new Block.Heading(2, List.of(new Inline.Text("Respect"))),
                        TestBooks.p("Meer ", new Inline.Emphasis(List.of(new Inline.Text("respect"))), " via ",
                                new Inline.Link("https://example.org/", List.of(new Inline.Text("de site")))),
                        new Block.ListBlock(true, 1, List.of(
                                new Block.ListItem(List.of(TestBooks.p("eerste punt"))),
                                new Block.ListItem(List.of(TestBooks.p("tweede punt"))))),
                        new Block.BlockQuote(List.of(TestBooks.p("Een citaat van iemand."))),
                        new Block.CodeBlock("", "System.out.println(\"hallo\");"),
                        new Block.Table(List.of(Block.Alignment.LEFT, Block.Alignment.RIGHT),
                                List.of(new Block.Row(List.of(cell("Jaar"), cell("Omzet")))),
                                List.of(new Block.Row(List.of(cell("2009"), cell("€ 1.000"))))),
                        new Block.ThematicBreak(),
                        TestBooks.p(LONG), TestBooks.p(LONG), TestBooks.p(LONG),
                        TestBooks.p("Slot van de eerste column.")),
                        List.of(new Footnote(1, List.of(TestBooks.p("Een voetnoot onderaan de pagina."))))),
                TestBooks.column("001_respect", "Respect verdienen", "nl",
                        List.of(TestBooks.p("Het lijkt misschien dat de tijden er niet naar zijn."))),
                TestBooks.column("002_english", "An English column", "en",
                        List.of(TestBooks.p("Customers are people too.")))));
    }

    static Block.Cell cell(String text) {
        return new Block.Cell(List.of(new Inline.Text(text)));
    }

    @Test
    void returnsTheBookFirstThenOnePdfPerColumnWithDistinctNames() {
        assertThat(files).hasSize(4);
        assertThat(files.get(0).role()).isEqualTo(RenderedFile.Role.BOOK);
        assertThat(files.get(0).path()).isEqualTo(out.resolve("boek.pdf"));
        assertThat(files.subList(1, 4)).allSatisfy(f -> {
            assertThat(f.role()).isEqualTo(RenderedFile.Role.COLUMN);
            assertThat(f.path()).exists().hasParent(out.resolve("columns"));
            assertThat(f.pages()).isPositive();
        });
        assertThat(files.stream().map(f -> f.path().getFileName().toString()).distinct()).hasSize(4);
    }

    @Test
    void everyColumnTitleSubtitleBylineAndBodyAppearsInOrder() throws Exception {
        String text = Pdfs.text(files.get(0).path()).replaceAll("\\s+", " ");
        List<String> expected = new ArrayList<>();
        for (Column column : book.columns()) {
            expected.add(column.title());
            expected.add(column.subtitle().orElseThrow());
            boolean english = column.language().equals("en");
            expected.add(english ? "By Wim Aalbers" : "Door Wim Aalbers");
            expected.add(english ? "NRC Handelsblad, March 3, 2009" : "NRC Handelsblad, 3 maart 2009");
            expected.add(Inline.plainText(((Block.Paragraph) column.body().get(0)).content()).replaceAll("\\s+", " "));
            expected.add("© Wim Aalbers 2009");
        }
        String afterToc = text.substring(text.indexOf("Wat nou klant", text.indexOf("Inhoud") + 40));
        assertThat(afterToc).containsSubsequence(expected);
    }

    @Test
    void anEnglishColumnInADutchBookHasAnEnglishBylineAndDateButTheSourcesPageStaysDutch() throws Exception {
        List<String> pages = Pdfs.pageTexts(files.get(0).path());
        String english = pages.get(indexOf(pages, "An English column\nOver")).replaceAll("\\s+", " ");
        String dutch = pages.get(indexOf(pages, "Respect verdienen\nOver")).replaceAll("\\s+", " ");
        assertThat(english).contains("By Wim Aalbers", "NRC Handelsblad, March 3, 2009").doesNotContain("Door");
        assertThat(dutch).contains("Door Wim Aalbers", "NRC Handelsblad, 3 maart 2009").doesNotContain("By ");
        assertThat(pages.get(pages.size() - 1).replaceAll("\\s+", " "))
                .contains("An English column. Eerder verschenen in NRC Handelsblad, 3 maart 2009.");
        assertThat(Pdfs.text(files.get(3).path())).as("the English column's own PDF").contains("By Wim Aalbers");
    }

    @Test
    void theContentsGiveThePagesWhereTheColumnsStart() throws Exception {
        List<String> pages = Pdfs.pageTexts(files.get(0).path());
        int tocPage = indexOf(pages, "Inhoud");
        for (Column column : book.columns()) {
            String entry = pages.get(tocPage).lines().filter(l -> l.startsWith(column.title())).findFirst().orElseThrow();
            String listed = entry.replaceAll(".*?(\\d+)\\s*$", "$1");
            int page = Pdfs.pageLabelled(files.get(0).path(), listed);
            assertThat(pages.get(page)).as("page %s for %s", listed, column.title())
                    .startsWith(column.title());
            if (column != book.columns().get(0)) { // the first opens the body on a recto, after a blank verso
                assertThat(pages.get(page - 1)).as("the page before %s (column.start page: no blank pages)",
                        column.title()).isNotBlank();
            }
        }
    }

    @Test
    void theFrontMatterIsNumberedInRomanAndTheColumnsFromPageOne() throws Exception {
        List<String> pages = Pdfs.pageTexts(files.get(0).path());
        int first = indexOf(pages, "Wat nou klant\nOver");
        try (PDDocument doc = Pdfs.open(files.get(0).path())) {
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            assertThat(List.of(labels).subList(0, first - 1)).containsExactly("i", "ii", "iii", "iv");
            assertThat(labels[first - 1]).isEqualTo("1");
            assertThat(labels[labels.length - 1]).isEqualTo(Integer.toString(labels.length - first + 1));
        }
    }

    @Test
    void theOutlineHasABookmarkPerColumn() throws Exception {
        try (PDDocument doc = Pdfs.open(files.get(0).path())) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertThat(titles).containsSubsequence("Inhoud", "Wat nou klant", "Respect verdienen",
                    "An English column", "Verantwoording");
        }
    }

    @Test
    void everyFontIsEmbeddedAndSubset() throws Exception {
        try (PDDocument doc = Pdfs.open(files.get(0).path())) {
            List<PDFont> fonts = Pdfs.fonts(doc);
            assertThat(fonts).extracting(PDFont::getName)
                    .anyMatch(n -> n.endsWith("+Literata-Regular"))
                    .anyMatch(n -> n.endsWith("+SourceCodePro-Regular"))
                    .allMatch(n -> n.matches("[A-Z]{6}\\+.*"));
            assertThat(fonts).allMatch(PDFont::isEmbedded);
        }
    }

    @Test
    void specialCharactersSurvive() throws Exception {
        assertThat(Pdfs.text(files.get(0).path())).contains(SPECIAL);
        assertThat(reporter.warnings).noneMatch(w -> w.contains("glyph"));
    }

    @Test
    void pagesAreA5AndColumnPdfsA4ByDefault() throws Exception {
        try (PDDocument doc = Pdfs.open(files.get(0).path())) {
            PDRectangle size = doc.getPage(0).getMediaBox();
            assertThat(size.getWidth()).isCloseTo(148 / 25.4f * 72, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(size.getHeight()).isCloseTo(210 / 25.4f * 72, org.assertj.core.data.Offset.offset(0.5f));
        }
        try (PDDocument doc = Pdfs.open(files.get(1).path())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(),
                    org.assertj.core.data.Offset.offset(0.5f));
        }
    }

    @Test
    void hasTitleCopyrightAndSourcesPagesAndMetadata() throws Exception {
        List<String> pages = Pdfs.pageTexts(files.get(0).path());
        assertThat(pages.get(1).replaceAll("\\s+", " ")).contains("Niet zo commercieel correct", "Wim Aalbers", "Uitgeverij Kolom");
        assertThat(pages.get(2)).contains("© 2010 Wim Aalbers", "ISBN 9789012345678", "Eerste druk",
                "Uitgegeven door Uitgeverij Kolom");
        assertThat(pages.get(pages.size() - 1)).contains("Verantwoording",
                "Wat nou klant. Eerder verschenen in NRC Handelsblad, 3 maart 2009.");
        try (PDDocument doc = Pdfs.open(files.get(0).path())) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Niet zo commercieel correct");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Wim Aalbers");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
        }
    }

    @Test
    void runningHeadsShowBookTitleOnVersoAndColumnTitleOnRectoButNotOnOpeners() throws Exception {
        List<String> pages = Pdfs.pageTexts(files.get(0).path());
        int opener = indexOf(pages, "Wat nou klant\nOver");
        assertThat(pages.get(opener)).doesNotStartWith("Wat nou klant\nWat nou klant");
        // The first column opens the body, page 1, on a right-hand page (pages are counted from 1 here) and runs
        // onto a left-hand page, with the book title as its head.
        assertThat(opener % 2).as("the first column starts on a right-hand page").isEqualTo(1);
        assertThat(pages.get(opener + 1)).startsWith(book.title());
    }

    @Test
    void sameInputAndTimestampGiveTheSameBytes(@TempDir Path again) throws Exception {
        List<RenderedFile> second = new PdfRendererFactory()
                .create(TestBooks.options(Map.of(), reporter)).render(book, again, "boek");
        assertThat(java.util.Arrays.equals(Files.readAllBytes(second.get(0).path()),
                Files.readAllBytes(files.get(0).path()))).as("identical bytes").isTrue();
    }

    static int indexOf(List<String> pages, String text) {
        for (int i = 1; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no page contains " + text);
    }
}
