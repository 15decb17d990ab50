package org.columnpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.columnpress.core.InputException;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trim, bleed and crop marks mean the same in every unit the settings accept; px is a CSS pixel. */
class PageLengthsTest {

    private static final Map<String, String> IN_PX = Map.of("trim", "576pxx816px", "bleed", "12px",
            "crop-marks", "true", "param.crop.mark.length", "24px", "param.crop.mark.gap", "12px");
    private static final Map<String, String> IN_MM = Map.of("trim", "152.4mmx215.9mm", "bleed", "3.175mm",
            "crop-marks", "true", "param.crop.mark.length", "6.35mm", "param.crop.mark.gap", "3.175mm");

    @TempDir
    Path dir;

    @Test
    void bleedAndCropMarksInPxGiveTheBoxesOfTheSameLengthsInMm() throws Exception {
        List<PDRectangle> px = boxes(render(IN_PX, "px"));
        List<PDRectangle> mm = boxes(render(IN_MM, "mm"));
        for (int i = 0; i < px.size(); i++) {
            assertThat(px.get(i).getLowerLeftX()).as("box %d", i).isCloseTo(mm.get(i).getLowerLeftX(), within(0.01f));
            assertThat(px.get(i).getLowerLeftY()).as("box %d", i).isCloseTo(mm.get(i).getLowerLeftY(), within(0.01f));
            assertThat(px.get(i).getUpperRightX()).as("box %d", i).isCloseTo(mm.get(i).getUpperRightX(), within(0.01f));
            assertThat(px.get(i).getUpperRightY()).as("box %d", i).isCloseTo(mm.get(i).getUpperRightY(), within(0.01f));
        }
        // 6 x 8.5 in, 1/8 in of bleed, and beyond it the 1/8 in gap, the 1/4 in marks and 1 mm to spare.
        assertThat(px.get(0).getWidth()).isCloseTo(432f, within(0.01f));
        assertThat(px.get(1).getWidth()).isCloseTo(432f + 18f, within(0.01f));
        assertThat(px.get(2).getWidth()).isCloseTo(432f + 2 * (9f + 9f + 18f + 72 / 25.4f), within(0.01f));
    }

    @Test
    void anUnknownUnitInALengthParameterStopsTheBuildNamingTheParameterAndTheUnits() {
        Map<String, String> settings = new HashMap<>(IN_MM);
        settings.put("param.crop.mark.length", "6xx");
        assertThatThrownBy(() -> render(settings, "bad"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("Stylesheet parameter 'crop.mark.length' is '6xx', which is not a length")
                .hasMessageContaining("mm, cm, in, pt, pc or px (1/96 in)");
    }

    /** Trim, bleed and media box of the first page. */
    private static List<PDRectangle> boxes(Path pdf) throws Exception {
        try (PDDocument doc = Pdfs.open(pdf)) {
            PDPage page = doc.getPage(0);
            return List.of(page.getTrimBox(), page.getBleedBox(), page.getMediaBox());
        }
    }

    private Path render(Map<String, String> settings, String folder) throws Exception {
        var book = TestBooks.book("Maten", List.of(
                TestBooks.column("000_maat", "Op maat", "nl", List.of(TestBooks.p("Tekst.")))));
        Path out = Files.createDirectories(dir.resolve(folder));
        return new PdfRendererFactory().create(TestBooks.options(settings, new RecordingReporter()))
                .render(book, out, "b").get(0).path();
    }
}
