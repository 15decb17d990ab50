package org.columnpress.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.columnpress.core.print.Barcode;
import org.columnpress.core.print.CoverGeometry;
import org.columnpress.core.print.Edges;
import org.columnpress.core.print.PageCountRule;
import org.columnpress.core.print.PageLimits;
import org.columnpress.core.print.PdfStandard;
import org.columnpress.core.print.PrintEdition;
import org.columnpress.core.print.PrinterProfile;
import org.columnpress.render.pdf.internal.preflight.PreflightRules;

/**
 * Core's print edition (a printer's profile, the user's trim and paper) as the renderer's plain records:
 * the preflight's rules, the cover's layout and the interior's layout. The one place that reads a
 * profile's figures for the PDF: they are cited in core, not repeated here.
 */
final class PrintEditions {

    /** What printers ask of photographs: 300 pixels per inch at the printed size. */
    static final double MIN_IMAGE_PPI = 300;

    private PrintEditions() {
    }

    /** The checks of an interior of {@code pages} pages and its cover. */
    static PreflightRules preflight(PrintEdition edition, int pages, Optional<String> isbn) {
        PrinterProfile printer = edition.printer();
        PageLimits limits = printer.pageLimits(edition.trim(), edition.paper(), edition.binding());
        Edges bleed = printer.interiorBleed();
        CoverGeometry cover = edition.cover(pages);
        Barcode barcode = cover.barcode();
        double trimWidth = cover.panel().width().points();
        PreflightRules.CoverRules coverRules = new PreflightRules.CoverRules(
                cover.width().minus(cover.bleed().times(2)).points(), cover.panel().height().points(),
                cover.bleed().points(), trimWidth, trimWidth + cover.spine().points(),
                cover.spineMargin().points(), cover.spineText(),
                barcode.ours() ? isbn : Optional.empty(),
                new PreflightRules.Area(trimWidth - barcode.fromFold().points() - barcode.width().points(),
                        barcode.fromBottom().points(), barcode.width().points(), barcode.height().points()));
        double margin = printer.minMargin().points();
        return new PreflightRules(edition.describe(), edition.trim().width().points(),
                edition.trim().height().points(),
                new PreflightRules.Bleed(bleed.top().points(), bleed.bottom().points(), bleed.outside().points(),
                        bleed.inside().points()),
                limits.min(), limits.max(), printer.pageCountRule() != PageCountRule.ANY,
                printer.pageCountRule() == PageCountRule.EVEN_BLANK_LAST, gutterSteps(printer, limits),
                new PreflightRules.Margins(margin, margin, margin),
                printer.pdf() == PdfStandard.PDF_X_4 ? Optional.of("PDF/X-4") : Optional.empty(),
                !printer.annotations(), MIN_IMAGE_PPI, printer.cropMarks(), Optional.of(coverRules));
    }

    /** The profile's gutter as steps, read off its rule page by page up to the most pages it binds. */
    static List<PreflightRules.GutterStep> gutterSteps(PrinterProfile printer, PageLimits limits) {
        List<PreflightRules.GutterStep> steps = new ArrayList<>();
        for (int pages = 1; pages <= limits.max(); pages++) {
            double inside = printer.gutter(pages).points();
            boolean last = pages == limits.max();
            if (last || printer.gutter(pages + 1).points() != inside) {
                steps.add(new PreflightRules.GutterStep(pages, inside));
            }
        }
        return steps;
    }
}
