package org.columnpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.Reporter;
import org.columnpress.core.TestBooks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A book whose contents run over several pages. FOP writes the contents pages last (they wait for the
 * page numbers of every column; the pages after them are written as soon as they are laid out), so
 * these tests check that the PDF still reads in order: every entry links to the page its column starts
 * on, prints that page's number, and the pages and the structure tree are in book order; veraPDF
 * still finds it valid PDF/UA-1 and PDF/A-2b.
 */
class ContentsLinksTest {

    private static final int COLUMNS = 70;

    @TempDir
    static Path out;
    static Book book;
    static Path pdf;

    @BeforeAll
    static void render() {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < COLUMNS; i++) {
            columns.add(TestBooks.column(String.format("%03d_c", i), "Column number " + (i + 1), "en",
                    List.of(TestBooks.p("The text of column " + (i + 1) + ", short enough for one page."))));
        }
        book = TestBooks.book("Seventy columns", columns);
        pdf = new PdfRendererFactory().create(TestBooks.options(Map.of("pdfua", "true"), Reporter.silent()))
                .render(book, out, "book").get(0).path();
    }

    @Test
    void everyEntryLinksToThePageItsColumnStartsOnAndPrintsThatPagesNumber() throws Exception {
        List<String> pages = Pdfs.pageTexts(pdf);
        try (PDDocument doc = Pdfs.open(pdf)) {
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            List<Integer> targets = new ArrayList<>();
            int tocPages = 0;
            for (int index = 0; index < doc.getNumberOfPages(); index++) {
                List<Integer> links = linkTargets(doc, doc.getPage(index));
                tocPages += links.isEmpty() ? 0 : 1;
                targets.addAll(links);
            }
            assertThat(tocPages).as("the contents run over several pages").isGreaterThan(1);
            assertThat(targets).hasSize(COLUMNS);
            String contents = String.join("\n", pages.subList(1, 1 + PdfBookTest.indexOf(pages, "Column number 1\nOver")));
            for (int i = 0; i < COLUMNS; i++) {
                String title = book.columns().get(i).title();
                int target = targets.get(i);
                assertThat(pages.get(target + 1)).as("the page %s links to", title).startsWith(title + "\n");
                assertThat(labels[target]).as("the label of the page %s starts on", title)
                        .isEqualTo(Integer.toString(target - targets.get(0) + 1));
                assertThat(contents).as("the contents entry of %s", title)
                        .containsPattern("(?m)^" + title + "[ .]*" + labels[target] + "$");
            }
        }
    }

    @Test
    void pagesAndStructureAreInBookOrder() throws Exception {
        List<String> pages = Pdfs.pageTexts(pdf);
        int previous = PdfBookTest.indexOf(pages, "Inhoud");
        for (Column column : book.columns()) {
            int page = PdfBookTest.indexOf(pages, column.title() + "\nOver");
            assertThat(page).as("the page of %s", column.title()).isGreaterThan(previous);
            previous = page;
        }
        try (PDDocument doc = Pdfs.open(pdf)) {
            List<String> types = new ArrayList<>();
            for (Object kid : doc.getDocumentCatalog().getStructureTreeRoot().getKids()) {
                collectTypes(kid, types);
            }
            int toc = types.indexOf("TOC");
            int firstColumnTitle = types.subList(toc + 1, types.size()).indexOf("H1") + toc + 1;
            assertThat(toc).as("the contents in the structure tree").isNotNegative();
            assertThat(firstColumnTitle).as("a column title after the contents").isGreaterThan(toc);
            assertThat(types.stream().filter("TOCI"::equals).count()).isEqualTo(COLUMNS);
        }
    }

    @Test
    void itIsStillValidPdfUaAndPdfA() throws Exception {
        assertThat(PdfValidator.failures(pdf, "ua1")).isEmpty();
        assertThat(PdfValidator.failures(pdf, "2b")).isEmpty();
    }

    private static List<Integer> linkTargets(PDDocument doc, PDPage page) throws IOException {
        List<Integer> targets = new ArrayList<>();
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo
                    && goTo.getDestination() instanceof PDPageDestination destination) {
                targets.add(doc.getPages().indexOf(destination.getPage()));
            }
        }
        return targets;
    }

    private static void collectTypes(Object node, List<String> types) {
        if (node instanceof PDStructureElement element) {
            types.add(element.getStructureType());
            for (Object kid : element.getKids()) {
                collectTypes(kid, types);
            }
        }
    }
}
