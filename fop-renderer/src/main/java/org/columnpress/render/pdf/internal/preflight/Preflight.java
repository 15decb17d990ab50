package org.columnpress.render.pdf.internal.preflight;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.columnpress.core.ColumnpressException;

/**
 * Checks a print interior PDF and its cover against one printer's {@link PreflightRules} with PDFBox.
 * Content streams are parsed, not rendered; only the cover's barcode area is rasterised. Thread-safe:
 * it holds only the rules.
 */
public final class Preflight {

    private final PreflightRules rules;

    public Preflight(PreflightRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * Both files' checks in one report. The cover is required when the rules have cover rules and
     * ignored when they do not.
     */
    public PreflightReport check(Path interior, Optional<Path> cover) {
        List<Check> checks = new ArrayList<>(checkInterior(interior));
        if (rules.cover().isPresent()) {
            checks.addAll(checkCover(cover.orElseThrow(() -> new IllegalArgumentException(
                    "The rules '" + rules.name() + "' check a cover, but no cover PDF was given"))));
        }
        return new PreflightReport(rules.name(), checks);
    }

    public List<Check> checkInterior(Path pdf) {
        return scanInterior(pdf).checks();
    }

    /** An interior's checks and the images it draws, from one reading of the file. */
    public record Interior(List<Check> checks, List<DrawnImage> images) {

        public Interior {
            checks = List.copyOf(checks);
            images = List.copyOf(images);
        }
    }

    /**
     * The interior's checks, and every image it draws in page order, for a check that names the book's
     * image files: one reading of the file serves both.
     */
    public Interior scanInterior(Path pdf) {
        return read(pdf, false, scanned -> new Interior(InteriorChecks.run(rules, scanned), scanned.drawnImages()));
    }

    /**
     * Every image {@code pdf} draws, in page order, without the checks: only pages whose content draws
     * an XObject are scanned.
     */
    public static List<DrawnImage> drawnImages(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<DrawnImage> images = new ArrayList<>();
            int number = 0;
            for (PDPage page : doc.getPages()) {
                number++;
                if (PageScan.drawsXObject(page)) {
                    for (PageFacts.Placed placed : ScannedPdf.read(page, new HashMap<>(), false).images()) {
                        images.add(placed.on(number));
                    }
                }
            }
            return images;
        } catch (IOException e) {
            throw new ColumnpressException("Cannot read " + pdf + " to find its images: " + e.getMessage(), e);
        }
    }

    public List<Check> checkCover(Path pdf) {
        if (rules.cover().isEmpty()) {
            throw new IllegalStateException("The rules '" + rules.name() + "' have no cover rules");
        }
        return read(pdf, true, scanned -> CoverChecks.run(rules, scanned));
    }

    private interface Checks<T> {
        T run(ScannedPdf pdf) throws IOException;
    }

    private static <T> T read(Path pdf, boolean keepGlyphs, Checks<T> checks) {
        String file = pdf.getFileName().toString();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            if (doc.getNumberOfPages() == 0) {
                throw new ColumnpressException("Preflight: " + pdf + " has no pages.");
            }
            return checks.run(ScannedPdf.scan(file, doc, keepGlyphs));
        } catch (IOException e) {
            throw new ColumnpressException("Preflight cannot read " + pdf + ": " + e.getMessage(), e);
        }
    }
}
