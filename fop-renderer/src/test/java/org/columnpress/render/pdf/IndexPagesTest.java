package org.columnpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.columnpress.core.Reporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.IndexTerm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index pages of a book with a small index (issue 15): read back from the PDF as a reader sees them,
 * each column of the index page apart, and checked against the text of the pages they cite.
 */
public class IndexPagesTest {

    /** Places: each is a term found by its own name. */
    static final List<String> PLACES = List.of("Amersfoort", "Apeldoorn", "Arnhem", "Breda", "Delft", "Deventer",
            "Dordrecht", "Eindhoven", "Enschede", "Gouda", "Groningen", "Haarlem", "Hilversum", "IJmuiden",
            "Kampen", "Leeuwarden", "Leiden", "Maastricht", "Nijmegen", "Oss", "Roermond", "Schiedam", "Tiel",
            "Tilburg", "Utrecht", "Venlo", "Wageningen", "Zaandam", "Zutphen", "Zwolle");

    @TempDir
    static Path dir;
    static Book book;
    static Path pdf;
    /** Each term's printed form and the pages the index lists for it, as printed: "3–5", "9". */
    static Map<String, List<String>> entries;
    static List<String> indexLines;

    @BeforeAll
    static void render() throws IOException {
        book = indexedBook(dir.resolve("book")).read();
        // Not hyphenated, so that each word can be found whole in its page's text.
        pdf = new PdfRendererFactory().create(TestBooks.options(Map.of("param.hyphenate", "false"), Reporter.silent()))
                .render(book, dir, "book").get(0).path();
        indexLines = indexLines(pdf);
        entries = entries(indexLines);
    }

    /**
     * Four columns: the first runs over several pages and names Amersfoort in every paragraph (a range), the
     * second names Rutte three times in one paragraph (one page), the others name the places; a see-also.
     */
    public static TestBooks.Folder indexedBook(Path folder) {
        StringBuilder yaml = new StringBuilder("title: Het register\nauthor: Wim Aalbers\nlanguage: nl\nindex:\n"
                + "  - term: Rutte, Mark\n    find: [Rutte]\n  - term: spoorwegen\n    find: [trein, treinen]\n"
                + "    see-also: [Amersfoort]\n");
        PLACES.forEach(place -> yaml.append("  - term: ").append(place).append('\n'));
        TestBooks.Folder book = TestBooks.folder(folder, yaml.toString());
        StringBuilder long_ = new StringBuilder(front("Een lange reis", "2024-01-05"));
        for (int i = 0; i < 40; i++) {
            long_.append("Alinea " + (i + 1) + " van de reis. In Amersfoort wachtte ik op de trein, zoals elke ochtend van die lange winter, met een boek"
                    + " dat ik niet las en een koffie die te heet was om te drinken.\n\n");
        }
        book.write("columns/01-reis.md", long_.toString());
        book.write("columns/02-haag.md", front("Het Binnenhof", "2024-02-05")
                + "Rutte kwam binnen, Rutte ging weer weg, en wie Rutte zocht vond een lege gang.\n");
        StringBuilder places = new StringBuilder(front("Het land rond", "2024-03-05"));
        for (int i = 0; i < PLACES.size(); i++) {
            places.append("Vandaag was ik in ").append(PLACES.get(i)).append(", waar het regende zoals het in ")
                    .append("dit land regent: zacht, zijdelings en zonder ophouden. Ik nam de trein terug.\n\n");
            if (i % 8 == 7) {
                places.append("Een langere alinea, de ").append(i / 8 + 1).append("e, zonder plaatsnamen, over het weer en de mensen en de dingen die ")
                        .append("je ziet als je uit het raam kijkt. ".repeat(12)).append("\n\n");
            }
        }
        book.write("columns/03-land.md", places.toString());
        book.write("columns/04-terug.md", front("Weer thuis", "2024-04-05")
                + "Thuis in Zwolle dacht ik aan Amersfoort en Arnhem.\n");
        return book;
    }

    private static String front(String title, String date) {
        return "---\ntitle: " + title + "\ndate: " + date + "\nsource: De Krant\n---\n\n";
    }

    @Test
    void everyPageListedHasTheTermsWordAndEveryPageWithTheWordIsListed() throws IOException {
        assertListedPagesAreThoseWithTheWord(pdf, entries);
    }

    @Test
    void thePrintInteriorsIndexListsItsOwnPages(@TempDir Path print) throws IOException {
        TestBooks.Folder folder = indexedBook(print.resolve("book"));
        folder.write("book.yaml", java.nio.file.Files.readString(folder.dir.resolve("book.yaml"))
                + "print:\n  printer: kdp\n  trim: 6x9in\n");
        Path interior = new PdfRendererFactory().create(TestBooks.options(Map.of("param.hyphenate", "false",
                "fail-on-preflight", "false"), Reporter.silent())).render(folder.read(), print, "book").stream()
                .filter(file -> file.role() == org.columnpress.core.render.RenderedFile.Role.PRINT).findFirst()
                .orElseThrow().path();
        Map<String, List<String>> printed = entries(indexLines(interior));
        assertThat(printed).as("other pages than the screen PDF's: a larger trim").isNotEqualTo(entries);
        assertListedPagesAreThoseWithTheWord(interior, printed);
    }

    /** For every term, the pages its entry lists are exactly the pages before the sources page with its word. */
    static void assertListedPagesAreThoseWithTheWord(Path pdf, Map<String, List<String>> entries) throws IOException {
        assertListedPagesAreThoseWithTheWord(pdf, book, entries);
    }

    static void assertListedPagesAreThoseWithTheWord(Path pdf, Book book, Map<String, List<String>> entries)
            throws IOException {
        List<String> pages = Pdfs.pageTexts(pdf);
        String[] labels;
        try (PDDocument doc = Pdfs.open(pdf)) {
            labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
        }
        int sources = Pdfs.pageWith(pdf, "Verantwoording\n");
        assertThat(entries).hasSize(book.index().size());
        for (IndexTerm term : book.index()) {
            Pattern word = Pattern.compile(switch (term.term()) {
                case "Rutte, Mark" -> "\\bRutte\\b";
                case "spoorwegen" -> "\\btrein(en)?\\b";
                default -> "\\b" + term.term() + "\\b";
            });
            TreeSet<Integer> withWord = new TreeSet<>();
            for (int page = 1; page < sources; page++) {
                if (word.matcher(pages.get(page)).find()) {
                    withWord.add(page);
                }
            }
            TreeSet<Integer> listed = new TreeSet<>();
            for (String item : entries.get(term.term())) {
                String[] ends = item.split("\u2013");
                int first = pageOf(labels, ends[0]);
                int last = pageOf(labels, ends[ends.length - 1]);
                for (int page = first; page <= last; page++) {
                    listed.add(page);
                }
            }
            assertThat(listed).as("the pages listed for %s (physical pages from 1)", term.term()).isEqualTo(withWord);
        }
    }

    @Test
    void consecutivePagesAreOneRangeAndAPageIsListedOnce() {
        assertThat(entries.get("Amersfoort")).as("a column over four pages, then two more").hasSize(3)
                .first().asString().matches("[0-9]+\u2013[0-9]+");
        assertThat(entries.get("Rutte, Mark")).as("three times in one paragraph").hasSize(1);
        for (Map.Entry<String, List<String>> entry : entries.entrySet()) {
            int previousLast = -2;
            for (String item : entry.getValue()) {
                String[] ends = item.split("\u2013");
                int first = Integer.parseInt(ends[0]);
                int last = Integer.parseInt(ends[ends.length - 1]);
                assertThat(first).as("%s: %s after a page before or next to it", entry.getKey(), item)
                        .isGreaterThan(previousLast + 1);
                assertThat(last).as("%s: %s", entry.getKey(), item).isGreaterThan(ends.length > 1 ? first : first - 1);
                previousLast = last;
            }
        }
    }

    @Test
    void everyPageNumberIsALinkToThatPage() throws IOException {
        int numbers = entries.values().stream().flatMap(List::stream).mapToInt(item -> item.split("\u2013").length).sum();
        int links = 0;
        try (PDDocument doc = Pdfs.open(pdf)) {
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            int first = Pdfs.pageWith(pdf, "Register\n") - 1;
            for (int index = first; index < doc.getNumberOfPages(); index++) {
                PDPage page = doc.getPage(index);
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (!(annotation instanceof PDAnnotationLink link) || !(link.getAction() instanceof PDActionGoTo goTo)) {
                        continue;
                    }
                    PDPageDestination destination = (PDPageDestination) goTo.getDestination();
                    int target = destination.retrievePageNumber();
                    String text = textIn(page, link.getRectangle());
                    if (text.matches("[0-9]+")) {
                        links++;
                        assertThat(labels[target]).as("the page the link on '%s' (page %d) lands on", text, index + 1)
                                .isEqualTo(text);
                    } else {
                        assertThat(text).as("a see-also link").isEqualTo("Amersfoort");
                        assertThat(Pdfs.pageTexts(pdf).get(target + 1)).contains("Amersfoort, ");
                    }
                }
            }
        }
        assertThat(links).as("one link per page number printed").isEqualTo(numbers);
    }

    @Test
    void theGroupsAreTheIndexsInitialsInTheBooksOrder() {
        List<String> groups = book.index().stream().map(IndexTerm::group).distinct().toList();
        List<String> printed = indexLines.stream().filter(groups::contains).toList();
        assertThat(printed).isEqualTo(groups).contains("IJ");
        assertThat(indexLines).contains("zie ook Amersfoort");
    }

    @Test
    void theContentsAndTheOutlineLeadToTheIndex() throws IOException {
        int index = Pdfs.pageWith(pdf, "Register\n");
        try (PDDocument doc = Pdfs.open(pdf)) {
            // the contents give the printed page number (the body counts from its first column)
            String printed = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()[index - 1];
            assertThat(Pdfs.text(pdf)).containsPattern("(?m)^Register[ .]+" + printed + "$");
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                if (item.getTitle().equals("Register")) {
                    assertThat(doc.getPages().indexOf(item.findDestinationPage(doc)) + 1).isEqualTo(index);
                }
            }
            assertThat(titles).endsWith("Verantwoording", "Register");
        }
    }

    @Test
    void withoutClickableLinksTheIndexHasTheSamePagesAndNoLinks() throws IOException {
        Path plain = new PdfRendererFactory().create(TestBooks.options(Map.of("param.hyphenate", "false",
                "param.links.clickable", "false"), Reporter.silent())).render(book, dir.resolve("plain"), "book")
                .get(0).path();
        assertThat(entries(indexLines(plain))).isEqualTo(entries);
        try (PDDocument doc = Pdfs.open(plain)) {
            for (PDPage page : doc.getPages()) {
                assertThat(page.getAnnotations()).isEmpty();
            }
        }
    }

    @Test
    void aTaggedBookWithAnIndexIsStillValidPdfUaAndPdfA() throws Exception {
        Path tagged = new PdfRendererFactory().create(TestBooks.options(Map.of("pdfua", "true"), Reporter.silent()))
                .render(book, dir.resolve("tagged"), "book").get(0).path();
        assertThat(PdfValidator.failures(tagged, "ua1")).isEmpty();
        assertThat(PdfValidator.failures(tagged, "2b")).isEmpty();
    }

    @Test
    void aHyphenatedBookWithIndexedWordsInEmphasisRenders() throws IOException {
        // FOP 2.11 failed with a NullPointerException when it hyphenated a paragraph in which an emphasis held
        // an occurrence's empty mark (an fo:inline with only an id): the mark is an fo:wrapper now.
        TestBooks.Folder folder = indexedBook(dir.resolve("emphasis"));
        StringBuilder text = new StringBuilder(front("Schuingedrukt", "2024-05-05"));
        for (int i = 0; i < 12; i++) {
            text.append("De gemeenteraad vergaderde over *de treinen naar Amersfoort* en **het spoorboekje van Arnhem**, ")
                    .append("en de verzekeringsmaatschappij besprak *Rutte* met de belastingdienst.\n\n");
        }
        folder.write("columns/05-schuin.md", text.toString());
        Path hyphenated = new PdfRendererFactory().create(TestBooks.options(Map.of(), Reporter.silent()))
                .render(folder.read(), dir.resolve("hyphenated"), "book").get(0).path();
        Map<String, List<String>> listed = entries(indexLines(hyphenated));
        assertThat(listed.get("Rutte, Mark")).as("the occurrences in emphasis are cited too")
                .hasSizeGreaterThan(entries.get("Rutte, Mark").size());
    }

    @Test
    void aTermCitedOnMorePagesThanAColumnHoldsRunsOnIntoTheNextColumn() throws IOException {
        // Kept together, such an entry overflowed the page and lost its last numbers (FOP only warned). A small
        // page (80 mm high) makes a column short; each mention of Kampen is two pages from the next.
        TestBooks.Folder folder = TestBooks.folder(dir.resolve("long-entry"),
                "title: Vaak\nauthor: Wim Aalbers\nlanguage: nl\nindex:\n  - term: Kampen\n");
        StringBuilder text = new StringBuilder(front("Steeds weer", "2024-06-05"));
        for (int i = 0; i < 120; i++) {
            text.append("In Kampen regende het weer.\n\n")
                    .append("Daarna een lange alinea over het weer en de mensen en de dingen die je ziet. ".repeat(20))
                    .append("\n\n");
        }
        folder.write("columns/01-vaak.md", text.toString());
        Book often = folder.read();
        Path small = new PdfRendererFactory().create(TestBooks.options(Map.of("param.page.height", "80mm",
                "param.hyphenate", "false"), Reporter.silent())).render(often, dir.resolve("long-entry-pdf"), "book")
                .get(0).path();
        // Every page with the word is cited somewhere on the index pages (which the entry now runs over).
        List<String> texts = Pdfs.pageTexts(small);
        String[] labels;
        try (PDDocument doc = Pdfs.open(small)) {
            labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
        }
        int index = 1; // the first page after the column's last
        for (int page = 1; page < texts.size(); page++) {
            if (texts.get(page).contains("regende het weer")) {
                index = page + 1;
            }
        }
        java.util.Set<String> cited = new java.util.HashSet<>();
        try (PDDocument doc = Pdfs.open(small)) {
            for (int page = index; page < texts.size(); page++) {
                // only what lies on the page's body (text that overflowed it is beyond the page's foot)
                PDPage shown = doc.getPage(page - 1);
                PDRectangle body = new PDRectangle(0, 15 * 72 / 25.4f, shown.getMediaBox().getWidth(),
                        shown.getMediaBox().getHeight() - 15 * 72 / 25.4f);
                cited.addAll(List.of(textIn(shown, body).split("[^0-9]+")));
            }
        }
        List<String> withWord = new ArrayList<>();
        for (int page = 1; page < index; page++) {
            if (texts.get(page).contains("Kampen")) {
                withWord.add(labels[page - 1]);
            }
        }
        assertThat(withWord).hasSizeGreaterThan(100);
        assertThat(cited).containsAll(withWord);
    }

    @Test
    void aFirstParagraphThatOpensWithAnIndexedWordKeepsItsDropCap() throws IOException {
        Path capped = new PdfRendererFactory().create(TestBooks.options(Map.of("param.drop.cap", "2"),
                Reporter.silent())).render(book, dir.resolve("capped"), "book").get(0).path();
        try (PDDocument doc = Pdfs.open(capped)) {
            int page = Pdfs.pageWith(capped, "Rutte kwam binnen");
            assertThat(Pdfs.run(doc, page, "Rutte kwam binnen").size()).as("the R, two lines high")
                    .isCloseTo((14 + 7) / 0.7f, org.assertj.core.data.Offset.offset(0.01f));
        }
        assertThat(entries(indexLines(capped)).get("Rutte, Mark")).as("its occurrence is still cited")
                .isEqualTo(entries.get("Rutte, Mark"));
    }

    private static int pageOf(String[] labels, String label) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].equals(label)) {
                return i + 1;
            }
        }
        throw new AssertionError("no page is labelled " + label);
    }

    private static String textIn(PDPage page, PDRectangle rect) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        float height = page.getMediaBox().getHeight();
        // A little wider than the link: PDFBox counts a glyph in by where it starts and ends.
        stripper.addRegion("link", new Rectangle2D.Float(rect.getLowerLeftX() - 1, height - rect.getUpperRightY(),
                rect.getWidth() + 2, rect.getHeight()));
        stripper.extractRegions(page);
        return stripper.getTextForRegion("link").strip().replaceAll("^[,\u2013\\s]+|[,\u2013\\s]+$", "");
    }

    /** The index pages' text, each page's columns read one after the other, line by line. */
    static List<String> indexLines(Path pdf) throws IOException {
        List<String> lines = new ArrayList<>();
        try (PDDocument doc = Pdfs.open(pdf)) {
            int first = Pdfs.pageWith(pdf, "Register\n");
            for (int index = first - 1; index < doc.getNumberOfPages(); index++) {
                PDPage page = doc.getPage(index);
                PDRectangle box = page.getMediaBox();
                PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                stripper.setSortByPosition(true);
                float half = box.getWidth() / 2;
                stripper.addRegion("left", new Rectangle2D.Float(0, 0, half, box.getHeight()));
                stripper.addRegion("right", new Rectangle2D.Float(half, 0, half, box.getHeight()));
                stripper.extractRegions(page);
                for (String region : List.of("left", "right")) {
                    for (String line : stripper.getTextForRegion(region).split("\\R")) {
                        if (!line.isBlank()) {
                            lines.add(line.strip());
                        }
                    }
                }
            }
        }
        return lines;
    }

    /**
     * Each term ("Amersfoort, 3–5, 9", the pages continued on the next lines when long) and the pages it
     * lists: "3–5", "9".
     */
    static Map<String, List<String>> entries(List<String> lines) {
        Map<String, List<String>> entries = new LinkedHashMap<>();
        List<String> terms = book.index().stream().map(IndexTerm::term).toList();
        String current = null;
        StringBuilder pages = new StringBuilder();
        for (String line : lines) {
            String term = terms.stream().filter(t -> line.equals(t) || line.startsWith(t + ", ")).findFirst().orElse(null);
            if (term != null) {
                if (current != null) {
                    entries.put(current, items(pages.toString()));
                }
                current = term;
                pages.setLength(0);
                pages.append(line.substring(term.length()));
            } else if (current != null && line.matches("[0-9\u2013, ]+") && pages.length() > 0
                    && pages.toString().strip().endsWith(",")) {
                pages.append(' ').append(line);
            }
        }
        if (current != null) {
            entries.put(current, items(pages.toString()));
        }
        return entries;
    }

    private static List<String> items(String pages) {
        List<String> items = new ArrayList<>();
        for (String item : pages.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }
}
