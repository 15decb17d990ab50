package org.columnpress.render.pdf.internal.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.columnpress.render.pdf.internal.preflight.PrintPdfs.IN;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.columnpress.render.pdf.internal.preflight.Check.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1,000-page interior (twenty lines a page, an image on every tenth) is preflighted whole: every page's
 * checks find what they should. Its time is printed, not asserted (speed is the benchmark module's to
 * measure; content streams are parsed, never rendered: a fifth of a second here, with QuickScan).
 */
class ThousandPagePreflightTest {

    @TempDir
    Path dir;

    @Test
    void aThousandPageInteriorIsCheckedWhole() throws IOException {
        long made = System.nanoTime();
        PDImageXObject[] image = new PDImageXObject[1]; // one image placed a hundred times: quicker to make
        Path pdf = PrintPdfs.interior(dir.resolve("thick.pdf"), 1000, (doc, out, trim, n, font) -> {
            if (n % 10 == 0) {
                if (image[0] == null) {
                    image[0] = PrintPdfs.image(doc, 400);
                }
                out.drawImage(image[0], trim.getLowerLeftX() + IN, trim.getLowerLeftY() + IN, IN, IN);
            }
        });
        Preflight preflight = new Preflight(PrintPdfs.kdp());
        long cold = System.nanoTime();
        preflight.checkInterior(pdf); // warm-up: class loading and the JIT are not the preflight's cost
        long warm = System.nanoTime();

        long start = System.nanoTime();
        List<Check> checks = preflight.checkInterior(pdf);
        double seconds = (System.nanoTime() - start) / 1e9;

        // 1,000 pages is over KDP's 776 on cream, and its gutter (0.875 in) is wider than the 0.75 in laid out.
        assertThat(checks).filteredOn(c -> c.status() != Status.PASS).extracting(Check::name)
                .containsExactly("Page count", "Inside margin (gutter)");
        assertThat(InteriorPreflightTest.check(checks, "Image resolution").measured())
                .isEqualTo("100 images, lowest 400 ppi (page 10)");
        System.err.printf("1,000 pages made in %.2f s; preflight %.2f s cold, %.2f s warm%n",
                (cold - made) / 1e9, (warm - cold) / 1e9, seconds);
    }
}
