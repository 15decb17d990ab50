package org.columnpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Matter;
import org.columnpress.core.model.Part;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A book with every kind of part and of front and back matter, rendered once and read back with PDFBox:
 * the trade's order, roman then arabic page labels, the contents and the outline grouped by part, and
 * pages without running heads or folios where the trade has none.
 */
public class BookShapeTest {

    static final String DEDICATION = "Voor Anna, die altijd vroeg wanneer het boek af was.";
    static final String EPIGRAPH = "Wie niet waagt, die niet wint.";

    @TempDir
    static Path dir;
    static Path pdf;
    static List<String> pages;
    static String[] labels;

    @BeforeAll
    static void render() throws Exception {
        pdf = render(Map.of(), "out");
        pages = Pdfs.pageTexts(pdf);
        try (PDDocument doc = Pdfs.open(pdf)) {
            labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
        }
    }

    /** Five columns in two parts, and one piece of every kind of matter (a half-title and a colophon made). */
    public static Book shapedBook(Path directory) {
        TestBooks.Folder folder = TestBooks.folder(directory).image("images/auteur.jpg", "jpg");
        List<Column> columns = new ArrayList<>();
        String[] titles = {"Winst en verlies", "Een kwestie van tempo", "De eerlijke factuur", "Klant is koning",
            "Het laatste woord"};
        for (int i = 0; i < titles.length; i++) {
            List<Block> body = new ArrayList<>();
            for (int p = 0; p < 2 + i % 3; p++) {
                body.add(TestBooks.p(PdfBookTest.LONG));
            }
            columns.add(TestBooks.column("c" + (i + 1), titles[i], "nl", body));
        }
        Book plain = TestBooks.book("Niet zo commercieel correct", columns);
        List<Matter> front = List.of(
                matter(Matter.Kind.HALF_TITLE, null, List.of(), List.of(), Optional.empty(), false),
                matter(Matter.Kind.DEDICATION, null, List.of(), List.of(TestBooks.p(DEDICATION)), Optional.empty(), true),
                matter(Matter.Kind.EPIGRAPH, null, List.of("Nederlands spreekwoord"), List.of(TestBooks.p(EPIGRAPH)),
                        Optional.empty(), true),
                matter(Matter.Kind.FOREWORD, "Voorwoord", List.of("Jan de Vries"), List.of(TestBooks.p(PdfBookTest.LONG),
                        TestBooks.p(PdfBookTest.LONG), TestBooks.p(PdfBookTest.LONG), TestBooks.p(PdfBookTest.LONG),
                        TestBooks.p(PdfBookTest.LONG), TestBooks.p(PdfBookTest.LONG)), Optional.empty(), true),
                matter(Matter.Kind.PREFACE, "Woord vooraf", List.of(), List.of(TestBooks.p(PdfBookTest.LONG)),
                        Optional.empty(), true),
                matter(Matter.Kind.INTRODUCTION, "Inleiding", List.of(), List.of(TestBooks.p(PdfBookTest.LONG)),
                        Optional.empty(), true),
                matter(Matter.Kind.ACKNOWLEDGEMENTS, "Dankwoord", List.of(),
                        List.of(TestBooks.p("Dank aan iedereen die meelas.")), Optional.empty(), true));
        List<Part> parts = List.of(
                new Part(Part.idOf(1), 1, plain.labels().partNumber(1), "Werk",
                        List.of(TestBooks.p("Over het werk zelf: de uren, het tempo en wat het oplevert.")),
                        Optional.empty(), List.of("c1", "c2")),
                new Part(Part.idOf(2), 2, plain.labels().partNumber(2), "Klanten", List.of(), Optional.empty(),
                        List.of("c3", "c4", "c5")));
        List<Matter> back = List.of(
                matter(Matter.Kind.AFTERWORD, "Nawoord", List.of(), List.of(TestBooks.p(PdfBookTest.LONG)),
                        Optional.empty(), true),
                matter(Matter.Kind.ABOUT_THE_AUTHOR, "Over de auteur", List.of("Wim Aalbers"),
                        List.of(TestBooks.p("Wim Aalbers schrijft al twintig jaar columns over ondernemen.")),
                        Optional.of(folder.path("images/auteur.jpg")), true),
                matter(Matter.Kind.ALSO_BY, "Van dezelfde auteur", List.of(), List.of(new Block.ListBlock(false, 1,
                        List.of(new Block.ListItem(List.of(TestBooks.p("Beweging in de zaak (2008)"))),
                                new Block.ListItem(List.of(TestBooks.p("De klant als mens (2012)")))))),
                        Optional.empty(), true),
                matter(Matter.Kind.COLOPHON, "Colofon", List.of(), List.of(), Optional.empty(), false));
        return plain.withShape(front, parts, back);
    }

    private static Matter matter(Matter.Kind kind, String title, List<String> authors, List<Block> body,
            Optional<Path> photo, boolean written) {
        return new Matter(kind, Matter.idOf(kind), Optional.ofNullable(title), authors, body, photo,
                written ? Optional.of(Path.of((kind.place().orElse(Matter.Place.FRONT) == Matter.Place.BACK ? "back/"
                        : "front/") + kind.key() + ".md")) : Optional.empty(), "nl");
    }

    /** The page (from 1) whose label is the given one. */
    static int page(String label) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].equals(label)) {
                return i + 1;
            }
        }
        throw new AssertionError("no page labelled " + label + " in " + List.of(labels));
    }

    static String flat(int page) {
        return pages.get(page).replaceAll("\\s+", " ").strip();
    }

    @Test
    void theAuthorsPhotoSaysWhoItShowsAsInTheEpubAndOnTheSite() throws Exception {
        List<String> alts = new ArrayList<>();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = Pdfs.open(pdf)) {
            figureAlts(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
        }
        assertThat(alts).as("the figures' alternate descriptions").contains("Wim Aalbers").doesNotContain("Over de auteur");
    }

    private static void figureAlts(List<Object> kids, List<String> alts) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement element) {
                if ("Figure".equals(element.getStructureType()) && element.getAlternateDescription() != null) {
                    alts.add(element.getAlternateDescription());
                }
                figureAlts(element.getKids(), alts);
            }
        }
    }

    @Test
    void theFrontMatterIsNumberedInRomanAndTheBodyInArabicFromTheFirstPart() throws Exception {
        int first = firstPageStartingWith("Eerste deel");
        assertThat(first % 2).as("the first part opens on a recto").isEqualTo(1);
        for (int i = 0; i < first - 1; i++) {
            assertThat(labels[i]).as("page %d", i + 1).isEqualTo(roman(i + 1));
        }
        for (int i = first - 1; i < labels.length; i++) {
            assertThat(labels[i]).as("page %d", i + 1).isEqualTo(Integer.toString(i - first + 2));
        }
        assertThat(page("1")).isEqualTo(first);
    }

    @Test
    void theMatterStandsInTheTradesOrder() throws Exception {
        assertThat(flat(1)).isEqualTo("Niet zo commercieel correct");
        assertThat(flat(2)).as("the half-title's verso").isEmpty();
        assertThat(flat(3)).startsWith("Wim Aalbers Niet zo commercieel correct Columns uit de praktijk");
        assertThat(flat(4)).contains("Alle rechten voorbehouden");
        assertThat(flat(5)).isEqualTo(DEDICATION);
        assertThat(flat(6)).isEmpty();
        assertThat(flat(7)).isEqualTo(EPIGRAPH + " — Nederlands spreekwoord");
        assertThat(flat(8)).isEmpty();
        List<Integer> starts = new ArrayList<>();
        for (String start : List.of("Inhoud", "Voorwoord", "Woord vooraf", "Inleiding", "Dankwoord",
                "Eerste deel", "Winst en verlies", "Een kwestie van tempo", "Tweede deel", "De eerlijke factuur",
                "Klant is koning", "Het laatste woord", "Nawoord", "Verantwoording", "Over de auteur",
                "Van dezelfde auteur", "Colofon")) {
            int page = firstPageStartingWith(start);
            starts.add(page);
        }
        assertThat(starts).isSorted().doesNotHaveDuplicates();
        assertThat(starts.get(0)).isEqualTo(9);
    }

    @Test
    void theFrontMatterAndThePartsStartOnARecto() throws Exception {
        for (String start : List.of("Inhoud", "Voorwoord", "Woord vooraf", "Inleiding", "Dankwoord",
                "Eerste deel", "Tweede deel", "Nawoord", "Over de auteur")) {
            assertThat(firstPageStartingWith(start) % 2).as(start).isEqualTo(1);
        }
    }

    @Test
    void partDedicationAndEpigraphPagesHaveNoRunningHeadOrFolio() throws Exception {
        int part = firstPageStartingWith("Eerste deel");
        assertThat(flat(part)).isEqualTo("Eerste deel Werk Over het werk zelf: de uren, het tempo en wat het oplevert.");
        assertThat(flat(firstPageStartingWith("Tweede deel"))).isEqualTo("Tweede deel Klanten");
        assertThat(flat(Pdfs.pageWith(pdf, DEDICATION))).isEqualTo(DEDICATION);
        assertThat(flat(Pdfs.pageWith(pdf, EPIGRAPH))).isEqualTo(EPIGRAPH + " — Nederlands spreekwoord");
        assertThat(flat(part + 1)).as("the blank verso behind a part page").isEmpty();
    }

    @Test
    void theForewordHasItsAuthorRunningHeadsAndRomanFolios() throws Exception {
        int foreword = firstPageStartingWith("Voorwoord");
        assertThat(flat(foreword)).startsWith("Voorwoord Jan de Vries");
        try (PDDocument doc = Pdfs.open(pdf)) {
            assertThat(Pdfs.runningHead(doc, foreword + 1)).isEqualTo("Niet zo commercieel correct");
        }
        assertThat(flat(foreword + 1)).endsWith(labels[foreword]);
        assertThat(labels[foreword]).matches("[ivxl]+");
    }

    @Test
    void theContentsGroupTheColumnsUnderTheirPartsWithThePagesTheyStartOn() throws Exception {
        int toc = firstPageStartingWith("Inhoud");
        List<String> entries = pages.get(toc).lines().skip(1).map(String::strip).toList();
        List<String> names = entries.stream().map(e -> e.replaceAll("[ .]*\\s+\\S+$", "")).toList();
        assertThat(names).containsExactly("Voorwoord", "Woord vooraf", "Inleiding", "Dankwoord", "Eerste deel: Werk",
                "Winst en verlies", "Een kwestie van tempo", "Tweede deel: Klanten", "De eerlijke factuur",
                "Klant is koning", "Het laatste woord", "Nawoord", "Over de auteur", "Van dezelfde auteur", "Colofon");
        for (String entry : entries) {
            String name = entry.replaceAll("[ .]*\\s+\\S+$", "");
            String number = entry.replaceAll(".*\\s", "");
            String opens = name.contains(": ") ? name.substring(0, name.indexOf(':')) : name;
            assertThat(flat(page(number))).as("%s on page %s", name, number).startsWith(opens);
        }
        assertThat(entries.get(0)).endsWith(" " + labels[firstPageStartingWith("Voorwoord") - 1]);
        assertThat(entries.get(4)).endsWith(" 1");
    }

    @Test
    void theOutlineNestsTheColumnsUnderTheirParts() throws Exception {
        try (PDDocument doc = Pdfs.open(pdf)) {
            PDOutlineNode outline = doc.getDocumentCatalog().getDocumentOutline();
            List<String> top = titles(outline);
            assertThat(top).containsExactly("Inhoud", "Voorwoord", "Woord vooraf", "Inleiding", "Dankwoord",
                    "Eerste deel: Werk", "Tweede deel: Klanten", "Nawoord", "Verantwoording", "Over de auteur",
                    "Van dezelfde auteur", "Colofon");
            List<PDOutlineItem> items = new ArrayList<>();
            outline.children().forEach(items::add);
            assertThat(titles(items.get(5))).containsExactly("Winst en verlies", "Een kwestie van tempo");
            assertThat(titles(items.get(6))).containsExactly("De eerlijke factuur", "Klant is koning",
                    "Het laatste woord");
            int part = items.get(6).findDestinationPage(doc) == null ? -1
                    : doc.getPages().indexOf(items.get(6).findDestinationPage(doc)) + 1;
            assertThat(part).isEqualTo(firstPageStartingWith("Tweede deel"));
        }
    }

    @Test
    void aColophonIsWrittenFromTheBookAndTheFontsInUse() throws Exception {
        String colophon = flat(firstPageStartingWith("Colofon"));
        assertThat(colophon).contains("Niet zo commercieel correct", "Druk: Eerste druk", "ISBN 9789012345678",
                "Uitgegeven door Uitgeverij Kolom", "Gezet uit de Literata.", "Gemaakt met Columnpress.");
    }

    @Test
    void theAlsoByListHasOneTitleALine() throws Exception {
        assertThat(pages.get(firstPageStartingWith("Van dezelfde auteur")))
                .contains("Beweging in de zaak (2008)\nDe klant als mens (2012)");
    }

    @Test
    void withRunningHeadVersoPartALeftHandPageOfAColumnNamesItsPart() throws Exception {
        Path parted = render(Map.of("param.running.head.verso", "part"), "parted");
        List<String> texts = Pdfs.pageTexts(parted);
        int opener = PdfBookTest.indexOf(texts, "De eerlijke factuur\nOver");
        try (PDDocument doc = Pdfs.open(parted); PDDocument plain = Pdfs.open(pdf)) {
            assertThat(Pdfs.runningHead(doc, opener + 1)).isEqualTo("Klanten");
            assertThat(Pdfs.runningHead(plain, opener + 1)).as("by default, the book's title")
                    .isEqualTo("Niet zo commercieel correct");
        }
    }

    @Test
    void asPdfUaEveryKindOfPageIsValidPdfUa1AndPdfA2b() throws Exception {
        Path ua = render(Map.of("pdfua", "true"), "ua");
        assertThat(PdfValidator.failures(ua, "ua1")).isEmpty();
        assertThat(PdfValidator.failures(ua, "2b")).isEmpty();
    }

    @Test
    void thePrintInteriorKeepsTheShapeWithPageOneOnARectoAndAnEvenCount() throws Exception {
        Path print = dir.resolve("print.pdf");
        new org.columnpress.render.pdf.internal.PdfRenderer(TestBooks.options(Map.of(), new RecordingReporter()))
                .renderPrint(shapedBook(dir.resolve("book")), PrintInteriorTest.KDP, print, 1);
        List<String> texts = Pdfs.pageTexts(print);
        int first = PdfBookTest.indexOf(texts, "Eerste deel\nWerk");
        try (PDDocument doc = Pdfs.open(print)) {
            assertThat(doc.getNumberOfPages() % 2).as("KDP: an even page count").isZero();
            assertThat(first % 2).as("the first part on a recto").isEqualTo(1);
            assertThat(doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()[first - 1]).isEqualTo("1");
            assertThat(doc.getDocumentCatalog().getDocumentOutline()).as("no outline for KDP").isNull();
        }
        assertThat(texts.get(first + 1)).as("the part page's verso").isBlank();
    }

    @Test
    void withoutPartsTheFirstColumnIsPageOneOnARectoAfterTheFrontMatter() throws Exception {
        Book shaped = shapedBook(dir.resolve("book"));
        Book flat = shaped.withShape(shaped.front().subList(3, 4), List.of(), List.of());
        Path out = java.nio.file.Files.createDirectories(dir.resolve("flat"));
        Path flatPdf = new PdfRendererFactory().create(TestBooks.options(Map.of(), new RecordingReporter()))
                .render(flat, out, "boek").get(0).path();
        int first = PdfBookTest.indexOf(Pdfs.pageTexts(flatPdf), "Winst en verlies\nOver");
        assertThat(first % 2).isEqualTo(1);
        assertThat(Pdfs.pageLabelled(flatPdf, "1")).isEqualTo(first);
        assertThat(Pdfs.pageTexts(flatPdf).get(first - 1)).as("the foreword's last page, or its blank verso")
                .doesNotContain("Inhoud");
    }

    private static Path render(Map<String, String> settings, String name) throws Exception {
        return new PdfRendererFactory().create(TestBooks.options(settings, new RecordingReporter()))
                .render(shapedBook(dir.resolve("book")), java.nio.file.Files.createDirectories(dir.resolve(name)), "boek")
                .get(0).path();
    }

    private static List<String> titles(PDOutlineNode node) {
        List<String> titles = new ArrayList<>();
        node.children().forEach(item -> titles.add(item.getTitle()));
        return titles;
    }

    private static int firstPageStartingWith(String text) {
        for (int i = 1; i < pages.size(); i++) {
            if (flat(i).startsWith(text)) {
                return i;
            }
        }
        throw new AssertionError("no page starts with '" + text + "'");
    }

    static String roman(int n) {
        String[] ones = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
        String[] tens = {"", "x", "xx", "xxx", "xl"};
        return tens[n / 10] + ones[n % 10];
    }
}
