package org.columnpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Book;
import org.columnpress.core.render.RenderedFile;
import org.columnpress.render.pdf.ImagePlacements.Placement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A screenshot taller than the page, a banner wider than it and a small picture, in the A5 book and in
 * the A4 column PDFs: every image is drawn inside the text area, with its aspect ratio, and none is enlarged.
 */
class ImageFitTest {

    /** Tolerance for FOP's rounding to millipoints, in millimetres. */
    private static final double EPSILON = 0.05;

    @TempDir
    static Path dir;
    static final RecordingReporter reporter = new RecordingReporter();
    static List<RenderedFile> files;
    static byte[] bannerBefore;

    @BeforeAll
    static void render() {
        Book book = TestBooks.folder(dir.resolve("book"), "title: Beelden\nauthor: A. Auteur\nlanguage: nl\n")
                .photo("images/screenshot.png", 400, 3000, "png")
                .photo("images/banner.jpg", 3000, 400, "jpg")
                .image("images/chart.png", "png")
                .write("columns/a-screenshot.md", "# Een schermafdruk\n\nDe hele pagina:\n\n"
                        + "![Een lange schermafdruk](../images/screenshot.png \"Een onderschrift\")\n\nEn verder.\n")
                .write("columns/b-banner.md", "# Een banier\n\n![Een brede banier](../images/banner.jpg)\n\n"
                        + "> Geciteerd:\n>\n> ![Dezelfde schermafdruk](../images/screenshot.png)\n")
                .write("columns/c-small.md", "# Klein\n\n![Een klein staafdiagram](../images/chart.png)\n")
                .read();
        bannerBefore = readBytes(dir.resolve("book/images/banner.jpg"));
        files = new PdfRendererFactory().create(TestBooks.options(Map.of("columns", "true"), reporter))
                .render(book, dir.resolve("out"), "boek");
    }

    @Test
    void everyImageOfTheBookLiesInsideTheTextAreaOfItsA5Page() throws Exception {
        List<Placement> placements = placements(files.get(0).path());
        assertThat(placements).hasSize(4);
        for (Placement p : placements) {
            // Mirrored margins: inner 19mm, outer 15mm; 13mm + 10mm above and below the text.
            boolean recto = inside(p.box(), 19, 23, 148 - 15, 210 - 23);
            boolean verso = inside(p.box(), 15, 23, 148 - 19, 210 - 23);
            assertThat(recto || verso).as("%s on page %d", p.box(), p.page() + 1).isTrue();
        }
    }

    @Test
    void everyImageOfTheColumnPdfsLiesInsideTheTextAreaOfItsA4Page() throws Exception {
        for (RenderedFile file : files.subList(1, files.size())) {
            for (Placement p : placements(file.path())) {
                // 30mm at the sides; 20mm (and 10mm for the running head after page 1) above, 18mm + 10mm below.
                double top = p.page() == 0 ? 20 : 30;
                assertThat(inside(p.box(), 30, top, 210 - 30, 297 - 28))
                        .as("%s on page %d of %s", p.box(), p.page() + 1, file.path().getFileName()).isTrue();
            }
        }
    }

    @Test
    void theScreenshotIsShrunkToTheTextHeightKeepingItsAspectRatio() throws Exception {
        Placement screenshot = placements(files.get(0).path()).stream()
                .filter(p -> p.pixelHeight() > p.pixelWidth()).findFirst().orElseThrow();
        Rectangle2D box = screenshot.box();
        assertThat(box.getHeight()).isGreaterThan(120).isLessThanOrEqualTo(164);
        assertThat(box.getWidth() / box.getHeight()).isCloseTo(400.0 / 3000, org.assertj.core.data.Offset.offset(0.002));
    }

    @Test
    void theBannerFillsTheTextWidthKeepingItsAspectRatio() throws Exception {
        Placement banner = placements(files.get(0).path()).stream()
                .filter(p -> p.pixelWidth() > 3 * p.pixelHeight()).findFirst().orElseThrow();
        assertThat(banner.box().getWidth()).isCloseTo(148 - 19 - 15, org.assertj.core.data.Offset.offset(0.1));
        assertThat(banner.box().getWidth() / banner.box().getHeight())
                .isCloseTo(3000.0 / 400, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void aSmallImageIsNotEnlarged() throws Exception {
        Placement chart = placements(files.get(0).path()).stream()
                .filter(p -> p.pixelWidth() == 120).findFirst().orElseThrow();
        // FOP's source resolution: 72 pixels to the inch.
        assertThat(chart.box().getWidth()).isCloseTo(120 * 25.4 / 72, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void nothingRunsOverItsPage() {
        assertThat(reporter.warnings).noneMatch(w -> w.contains("exceed"));
    }

    @Test
    void imagesAreDownsampledTo300PixelsPerInchOfTheWidestTextAreaAndTheInputsStayAsTheyWere() throws Exception {
        Placement banner = placements(files.get(0).path()).stream()
                .filter(p -> p.pixelWidth() > 3 * p.pixelHeight()).findFirst().orElseThrow();
        // The column PDFs' A4 text area is the wider: 150mm at 300 ppi.
        assertThat(banner.pixelWidth()).isEqualTo(1771);
        assertThat(banner.pixelHeight()).isEqualTo(236);
        for (RenderedFile file : files) {
            // The downsampled ones: the screenshot and the banner (the chart is small, printed at 72 ppi).
            for (Placement p : placements(file.path()).stream().filter(p -> p.pixelWidth() != 120).toList()) {
                assertThat(p.pixelWidth() / (p.box().getWidth() / 25.4)).as("ppi of %s", p).isGreaterThan(299);
            }
        }
        assertThat(readBytes(dir.resolve("book/images/banner.jpg"))).isEqualTo(bannerBefore);
        assertThat(reporter.infos).anyMatch(i -> i.startsWith("PDF images: 2 of 3 downsampled, "));
        try (var left = java.nio.file.Files.list(dir.resolve("out"))) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".pdf-images"));
        }
    }

    private static byte[] readBytes(Path file) {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Placement> placements(Path pdf) throws Exception {
        try (PDDocument doc = Pdfs.open(pdf)) {
            return ImagePlacements.of(doc);
        }
    }

    private static boolean inside(Rectangle2D box, double left, double top, double right, double bottom) {
        return box.getMinX() >= left - EPSILON && box.getMinY() >= top - EPSILON
                && box.getMaxX() <= right + EPSILON && box.getMaxY() <= bottom + EPSILON;
    }
}
