package org.columnpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Inline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A column that uses all six Markdown heading levels (a Markdown cheat sheet does, on a real blog): under
 * the column title (H1) they would be H2 to H7, and PDF has no H7.
 */
class HeadingRolesTest {

    @TempDir
    Path out;

    @Test
    void sixHeadingLevelsUnderTheColumnTitleStayWithinH1ToH6() throws Exception {
        List<Block> body = new ArrayList<>();
        for (int level = 1; level <= 6; level++) {
            body.add(new Block.Heading(level, List.of(new Inline.Text("Level " + level))));
            body.add(TestBooks.p("Text under level " + level + "."));
        }
        Book book = TestBooks.book("Headings", List.of(TestBooks.column("cheat-sheet", "A cheat sheet", "en", body)));
        RecordingReporter reporter = new RecordingReporter();
        Path pdf = new PdfRendererFactory().create(TestBooks.options(Map.of("pdfua", "true"), reporter))
                .render(book, out, "book").get(0).path();

        List<String> types = new ArrayList<>();
        try (PDDocument doc = Pdfs.open(pdf)) {
            for (Object kid : doc.getDocumentCatalog().getStructureTreeRoot().getKids()) {
                collectTypes(kid, types);
            }
        }
        assertThat(types).doesNotContain("H7").containsSubsequence("H1", "H2", "H3", "H4", "H5", "H6", "H6");
        assertThat(reporter.warnings).noneMatch(w -> w.contains("structure type"));
        assertThat(PdfValidator.failures(pdf, "ua1")).isEmpty();
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
