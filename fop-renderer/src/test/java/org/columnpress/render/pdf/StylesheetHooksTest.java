package org.columnpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Inline;
import org.columnpress.core.render.RenderedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hooks of the default stylesheet that the cookbook does not show, and their defaults. */
class StylesheetHooksTest {

    @TempDir
    Path dir;

    @Test
    void theFirstParagraphSetStylesTheFirstParagraphOfEveryColumnAndNoOther() throws Exception {
        Path pdf = render("""
                <xsl:attribute-set name="first.paragraph">
                  <xsl:attribute name="font-size">12pt</xsl:attribute>
                </xsl:attribute-set>
                """, Map.of());
        try (PDDocument book = Pdfs.open(pdf); PDDocument column = Pdfs.open(dir.resolve("columns/001_respect.pdf"))) {
            for (String opening : new String[] {"Eerste alinea van klant.", "Eerste alinea van respect."}) {
                int page = Pdfs.pageWith(pdf, opening);
                assertThat(Pdfs.run(book, page, opening).size()).isCloseTo(12f, offset(0.01f));
                assertThat(Pdfs.run(book, page, "Tweede alinea").size()).isCloseTo(10f, offset(0.01f));
            }
            assertThat(Pdfs.run(column, 1, "Eerste alinea van respect.").size()).isCloseTo(12f, offset(0.01f));
            assertThat(Pdfs.run(column, 1, "Tweede alinea").size()).isCloseTo(10f, offset(0.01f));
        }
    }

    @Test
    void aDropCapSetAsAParameterLeavesAParagraphThatOpensWithMarkupAlone() throws Exception {
        Path pdf = render(null, Map.of("param.drop.cap", "2"));
        try (PDDocument book = Pdfs.open(pdf)) {
            int page = Pdfs.pageWith(pdf, "Eerste alinea van klant.");
            Pdfs.Run cap = Pdfs.run(book, page, "Eerste alinea van klant.");
            assertThat(cap.size()).isCloseTo((14 + 7) / 0.7f, offset(0.01f));
            int other = Pdfs.pageWith(pdf, "Nadruk voorop");
            assertThat(Pdfs.runs(book, other)).allSatisfy(r -> assertThat(r.size()).isLessThanOrEqualTo(18f));
        }
        assertThat(Pdfs.text(pdf)).contains("Nadruk voorop, en dan de rest.");
    }

    @Test
    void aVeryLongFirstParagraphCutIntoPartsGetsItsDropCapOnTheFirstPart() throws Exception {
        String opening = "Eerste alinea van een heel lange column. ";
        Path pdf = render(null, Map.of("param.drop.cap", "2"),
                List.of(TestBooks.p(opening + (PdfBookTest.LONG + " ").repeat(40)), TestBooks.p("Tweede alinea.")));
        try (PDDocument book = Pdfs.open(pdf)) {
            int page = Pdfs.pageWith(pdf, opening.strip());
            Pdfs.Run cap = Pdfs.run(book, page, opening.strip());
            assertThat(cap.size()).isCloseTo((14 + 7) / 0.7f, offset(0.01f));
            assertThat(Pdfs.structureTexts(book, "P")).anyMatch(p -> p.startsWith(opening + "Het is daarom"));
        }
    }

    @Test
    void ownPagesBeforeTheContentsAddThemselvesToTheBookmarks() throws Exception {
        Path pdf = render("""
                <xsl:template name="user.front.pages">
                  <fo:page-sequence master-reference="title">
                    <fo:flow flow-name="xsl-region-body">
                      <fo:block id="voorwoord" role="H1">Voorwoord</fo:block>
                    </fo:flow>
                  </fo:page-sequence>
                </xsl:template>
                <xsl:template name="user.front.bookmarks">
                  <fo:bookmark internal-destination="voorwoord"><fo:bookmark-title>Voorwoord</fo:bookmark-title></fo:bookmark>
                </xsl:template>
                """, Map.of());
        try (PDDocument book = Pdfs.open(pdf)) {
            List<String> titles = new ArrayList<>();
            book.getDocumentCatalog().getDocumentOutline().children().forEach(item -> titles.add(item.getTitle()));
            assertThat(titles).containsExactly("Voorwoord", "Inhoud", "Wat nou klant", "Respect verdienen", "Nadruk", "Verantwoording");
            PDOutlineItem first = book.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertThat(book.getPages().indexOf(first.findDestinationPage(book)) + 1).isEqualTo(Pdfs.pageWith(pdf, "Voorwoord"));
        }
    }

    @Test
    void byDefaultTheHeadsAreTheBookTitleOnTheLeftAndTheColumnTitleOnTheRightButOnlyTheColumnTitleInItsOwnPdf()
            throws Exception {
        Path pdf = render(null, Map.of());
        try (PDDocument book = Pdfs.open(pdf); PDDocument column = Pdfs.open(dir.resolve("columns/001_respect.pdf"))) {
            int opener = Pdfs.pageWith(pdf, "Eerste alinea van respect.");
            // column.start page: the column may open on either side; a left-hand (even) page has the book's title
            for (int page = opener + 1; page <= opener + 2; page++) {
                assertThat(Pdfs.runningHead(book, page)).as("page %d", page)
                        .isEqualTo(page % 2 == 0 ? "Stijl" : "Respect verdienen");
            }
            assertThat(column.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            assertThat(Pdfs.runningHead(column, 2)).isEqualTo("Respect verdienen");
            assertThat(Pdfs.runningHead(column, 3)).isEqualTo("Respect verdienen");
        }
    }

    /** Renders the two-column book with the overrides (or none) and column PDFs. */
    private Path render(String overrides, Map<String, String> settings) throws IOException {
        return render(overrides, settings, List.of(TestBooks.p("Eerste alinea van klant."), TestBooks.p("Tweede alinea.")));
    }

    /** As above, with the first column's body given. */
    private Path render(String overrides, Map<String, String> settings, List<Block> first) throws IOException {
        Map<String, String> all = new HashMap<>(settings);
        all.put("columns", "true");
        if (overrides != null) {
            all.put("stylesheet", Files.writeString(dir.resolve("hooks.xsl"), """
                    <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                        xmlns:fo="http://www.w3.org/1999/XSL/Format">
                      <xsl:import href="https://columnpress.org/xsl/fo/columnpress.xsl"/>
                    """ + overrides + "</xsl:stylesheet>\n").toString());
        }
        List<Block> respect = new ArrayList<>(List.of(TestBooks.p("Eerste alinea van respect."), TestBooks.p("Tweede alinea.")));
        for (int i = 0; i < 30; i++) {
            respect.add(TestBooks.p(PdfBookTest.LONG));
        }
        var book = TestBooks.book("Stijl", List.of(
                TestBooks.column("000_klant", "Wat nou klant", "nl", first),
                TestBooks.column("001_respect", "Respect verdienen", "nl", respect),
                TestBooks.column("002_nadruk", "Nadruk", "nl", List.of(TestBooks.p(
                        new Inline.Emphasis(List.of(new Inline.Text("Nadruk"))), " voorop, en dan de rest.")))));
        List<RenderedFile> files = new PdfRendererFactory().create(TestBooks.options(all, new RecordingReporter()))
                .render(book, dir, "b");
        return files.get(0).path();
    }
}
