package org.columnpress.render.pdf.internal.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.columnpress.render.pdf.internal.preflight.Check.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreflightReportTest {

    @TempDir
    Path dir;

    private static final PreflightReport REPORT = new PreflightReport("KDP 6x9in paperback, cream", List.of(
            Check.pass("boek-print.pdf", "Trim box", "6.000 x 9.000 in, every page", "6.000 x 9.000 in (+/- 0.005)"),
            new Check("boek-print.pdf", "Image resolution", "2 images, lowest 150 ppi (page 6)", ">= 300 ppi",
                    Status.WARN, "Use larger image files."),
            new Check("boek-cover.pdf", "Barcode", "no EAN-13 found at 300 dpi", "EAN-13 9789090123455",
                    Status.FAIL, "Put the barcode in.")));

    @Test
    void theSummaryLineCountsPassesWarningsAndFailures() {
        assertThat(REPORT.summary())
                .isEqualTo("Preflight (KDP 6x9in paperback, cream): 1 passed, 1 warning, 1 failed");
        assertThat(REPORT.passed()).isFalse();
        assertThat(REPORT.warnings()).extracting(Check::name).containsExactly("Image resolution");
        assertThat(new PreflightReport("x", REPORT.checks().subList(0, 2)).passed()).isTrue();
    }

    @Test
    void eachWarningAndFailureHasOneLineForTheBuildLog() {
        assertThat(REPORT.failures()).extracting(Check::line).containsExactly("boek-cover.pdf: Barcode FAIL (no EAN-13"
                + " found at 300 dpi; limit EAN-13 9789090123455). Put the barcode in.");
    }

    @Test
    void theTextHasAnAlignedTablePerFileThenWhatToDo() {
        assertThat(REPORT.text()).isEqualTo("""
                Preflight (KDP 6x9in paperback, cream): 1 passed, 1 warning, 1 failed

                boek-print.pdf
                check            | measured                          | limit                        | result
                ---------------- | --------------------------------- | ---------------------------- | ------
                Trim box         | 6.000 x 9.000 in, every page      | 6.000 x 9.000 in (+/- 0.005) | PASS
                Image resolution | 2 images, lowest 150 ppi (page 6) | >= 300 ppi                   | WARN

                boek-cover.pdf
                check   | measured                   | limit                | result
                ------- | -------------------------- | -------------------- | ------
                Barcode | no EAN-13 found at 300 dpi | EAN-13 9789090123455 | FAIL

                What to do
                - WARN boek-print.pdf, Image resolution: Use larger image files.
                - FAIL boek-cover.pdf, Barcode: Put the barcode in.
                """);
    }

    @Test
    void theSamePdfsGiveTheSameReportBytes() throws IOException {
        Path interior = PrintPdfs.interior(dir.resolve("boek-print.pdf"), 24, (doc, out, trim, n, font) -> {
            if (n == 6) {
                PrintPdfs.image(doc, out, 100, 1, trim.getLowerLeftX() + 72, trim.getLowerLeftY() + 72);
            }
        });
        var cover = PrintPdfs.kdpCover(true, Optional.empty());
        Path coverPdf = PrintPdfs.cover(dir.resolve("boek-cover.pdf"), cover.width(), cover.height(), PrintPdfs.BLEED,
                (doc, out, trim, n, font) -> {
                });
        Preflight preflight = new Preflight(PrintPdfs.kdp(Optional.of(cover)));

        preflight.check(interior, Optional.of(coverPdf)).write(dir.resolve("a.txt"));
        preflight.check(interior, Optional.of(coverPdf)).write(dir.resolve("b.txt"));

        assertThat(Files.readAllBytes(dir.resolve("a.txt"))).isEqualTo(Files.readAllBytes(dir.resolve("b.txt")));
        String text = Files.readString(dir.resolve("a.txt"));
        assertThat(text).startsWith("Preflight (KDP 6x9in paperback, cream): 20 passed, 2 warnings, 0 failed\n")
                .contains("\nboek-print.pdf\n", "\nboek-cover.pdf\n", "- WARN boek-cover.pdf, Spine text: ");
    }
}
