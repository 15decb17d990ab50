package org.columnpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.render.RenderedFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The designer's cookbook of README.md: every recipe's stylesheet, read from the README as printed there,
 * builds a book PDF and its column PDFs, which PDFBox reads back (sizes, fonts, positions, text).
 */
class CookbookTest {

    /** An OFL SemiBold (weight 600) face, a test resource of this module; no house font has it. */
    static final Path SOURCE_SANS_SEMIBOLD = Path.of("src/test/resources/org/columnpress/render/pdf/fonts/SourceSans3-SemiBold.ttf");
    static final String OPENING = "Er is een soort mens die zijn leven indeelt in treinen.";

    @TempDir
    static Path dir;
    static Map<String, String> recipes;

    @BeforeAll
    static void readTheRecipes() throws IOException {
        recipes = recipes(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        assertThat(recipes).containsOnlyKeys("trim-and-type", "title-font", "drop-cap", "author-running-head", "colophon");
    }

    /** Each recipe: an HTML comment naming it, then a fenced XML block. */
    static Map<String, String> recipes(String readme) {
        Map<String, String> found = new HashMap<>();
        Matcher m = Pattern.compile("<!-- recipe: ([\\w-]+) -->\\s*```xml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        while (m.find()) {
            found.put(m.group(1), m.group(2));
        }
        return found;
    }

    @Test
    void trimAndTypeSetsThePageTheTextSizeAndTheColumnTitleSize() throws Exception {
        Built built = build("trim-and-type", Map.of("trim", "6x9in"));
        try (PDDocument book = Pdfs.open(built.book()); PDDocument column = Pdfs.open(built.column())) {
            assertThat(book.getPage(0).getMediaBox().getWidth()).isCloseTo(432f, offset(0.5f));
            assertThat(book.getPage(0).getMediaBox().getHeight()).isCloseTo(648f, offset(0.5f));
            int opener = Pdfs.pageWith(built.book(), "Er is een soort");
            for (var pdf : new Object[][] {{book, opener}, {column, 1}}) {
                PDDocument doc = (PDDocument) pdf[0];
                int page = (int) pdf[1];
                assertThat(Pdfs.run(doc, page, "De trein van zeven").size()).isCloseTo(26f, offset(0.01f));
                assertThat(Pdfs.run(doc, page, "leven indeelt").size()).isCloseTo(11f, offset(0.01f));
            }
        }
    }

    @Test
    void aRegisteredFontSetsTheColumnTitlesOnly() throws Exception {
        Built built = build("title-font", Map.of("fonts", SOURCE_SANS_SEMIBOLD.toAbsolutePath().toString()));
        try (PDDocument book = Pdfs.open(built.book()); PDDocument column = Pdfs.open(built.column())) {
            int opener = Pdfs.pageWith(built.book(), "Er is een soort");
            for (var pdf : new Object[][] {{book, opener}, {column, 1}}) {
                PDDocument doc = (PDDocument) pdf[0];
                int page = (int) pdf[1];
                Pdfs.Run title = Pdfs.run(doc, page, "De trein van zeven");
                assertThat(title.font()).isEqualTo("SourceSans3-SemiBold");
                assertThat(title.size()).isCloseTo(18f, offset(0.01f));
                assertThat(Pdfs.run(doc, page, "leven indeelt").font()).isEqualTo("Literata-Regular");
            }
        }
        assertThat(built.reporter().warnings).isEmpty();
    }

    @Test
    void aDropCapSpansThreeLinesAndTheFirstWordStaysWhole() throws Exception {
        Built built = build("drop-cap", Map.of("pdfua", "true"));
        try (PDDocument book = Pdfs.open(built.book()); PDDocument column = Pdfs.open(built.column())) {
            int opener = Pdfs.pageWith(built.book(), "r is een soort");
            for (var pdf : new Object[][] {{book, opener}, {column, 1}}) {
                PDDocument doc = (PDDocument) pdf[0];
                int page = (int) pdf[1];
                List<Pdfs.Run> runs = Pdfs.runs(doc, page);
                int at = runs.indexOf(runs.stream().filter(r -> r.size() > 30).findFirst().orElseThrow());
                Pdfs.Run cap = runs.get(at);
                assertThat(cap.text()).startsWith("Er is een soort");
                // 50pt: two 14pt lines and a 10pt capital, over a capital height of 0.7 em.
                assertThat(cap.size()).isCloseTo(50f, offset(0.01f));
                // The second and third lines run beside the letter, the fourth under it; the letter
                // stands on the third line's baseline.
                assertThat(runs.get(at + 1).x()).isGreaterThan(cap.x() + 25);
                assertThat(runs.get(at + 2).x()).isGreaterThan(cap.x() + 25);
                assertThat(runs.get(at + 3).x()).isCloseTo(cap.x(), offset(0.5f));
                assertThat(cap.y()).isCloseTo(runs.get(at + 2).y(), offset(1f));
                assertThat(Pdfs.structureTexts(doc, "P")).anyMatch(p -> p.startsWith(OPENING));
            }
        }
        assertThat(PdfValidator.failures(built.book(), "2b")).isEmpty();
        assertThat(PdfValidator.failures(built.book(), "ua1")).isEmpty();
        assertThat(PdfValidator.failures(built.column(), "ua1")).isEmpty();
    }

    @Test
    void theAuthorsStandInTheLeftHandRunningHeadsOfTheColumn() throws Exception {
        Built built = build("author-running-head", Map.of());
        try (PDDocument book = Pdfs.open(built.book()); PDDocument column = Pdfs.open(built.column())) {
            int opener = Pdfs.pageWith(built.book(), "Er is een soort");
            // column.start page: the column may open on either side; its left-hand (even) pages name the authors
            for (int page = opener + 1; page <= opener + 2; page++) {
                assertThat(Pdfs.runningHead(book, page)).as("page %d", page)
                        .isEqualTo(page % 2 == 0 ? "Marieke Dekker, Wim Aalbers" : "De trein van zeven over acht");
            }
            assertThat(Pdfs.runningHead(column, 2)).isEqualTo("Marieke Dekker, Wim Aalbers");
            assertThat(Pdfs.runningHead(column, 3)).isEqualTo("De trein van zeven over acht");
        }
    }

    @Test
    void aColophonEndsTheBookOnALeftHandPageWithABookmark() throws Exception {
        Built built = build("colophon", Map.of());
        try (PDDocument book = Pdfs.open(built.book())) {
            int last = book.getNumberOfPages();
            assertThat(last % 2).isZero();
            assertThat(Pdfs.pageTexts(built.book()).get(last)).contains("Niet zo commercieel correct",
                    "is set in Literata and printed on Munken Premium Cream.");
            List<PDOutlineItem> items = new ArrayList<>();
            book.getDocumentCatalog().getDocumentOutline().children().forEach(items::add);
            PDOutlineItem colophon = items.get(items.size() - 1);
            assertThat(colophon.getTitle()).isEqualTo("Colofon");
            assertThat(book.getPages().indexOf(colophon.findDestinationPage(book)) + 1).isEqualTo(last);
        }
        assertThat(Pdfs.text(built.column())).doesNotContain("Munken");
        assertThat(PdfValidator.failures(built.book(), "2b")).isEmpty();
    }

    record Built(Path book, Path column, RecordingReporter reporter) {
    }

    private static Built build(String recipe, Map<String, String> settings) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(recipe));
        Path xsl = Files.writeString(folder.resolve(recipe + ".xsl"), recipes.get(recipe));
        Map<String, String> all = new HashMap<>(settings);
        all.put("stylesheet", xsl.toString());
        all.put("columns", "true");
        RecordingReporter reporter = new RecordingReporter();
        List<RenderedFile> files = new PdfRendererFactory().create(TestBooks.options(all, reporter))
                .render(book(), folder, "boek");
        return new Built(files.get(0).path(), folder.resolve("columns/001_trein.pdf"), reporter);
    }

    /** Two columns, the second by two authors and long enough for several pages, in book and column PDF. */
    static Book book() {
        List<Block> body = new ArrayList<>();
        body.add(TestBooks.p(OPENING + " Ik ben er een van. " + PdfBookTest.LONG));
        for (int i = 0; i < 24; i++) {
            body.add(TestBooks.p(PdfBookTest.LONG));
        }
        var trein = TestBooks.column("001_trein", "De trein van zeven over acht", "nl", body);
        trein = new Column(trein.id(), trein.file(), trein.title(), trein.subtitle(),
                List.of("Marieke Dekker", "Wim Aalbers"), trein.date(), trein.year(), trein.source(), trein.language(),
                trein.tags(), trein.body(), trein.footnotes(), trein.bio(), trein.copyright());
        return TestBooks.book("Niet zo commercieel correct", List.of(
                TestBooks.column("000_klant", "Wat nou klant", "nl", List.of(TestBooks.p("Tekst."))), trein));
    }
}
