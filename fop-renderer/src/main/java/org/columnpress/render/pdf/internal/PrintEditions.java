package org.columnpress.render.pdf.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.print.Barcode;
import org.columnpress.core.render.BodyCutter;
import org.columnpress.core.print.CoverGeometry;
import org.columnpress.core.print.Edges;
import org.columnpress.core.print.PageCountRule;
import org.columnpress.core.print.PageLimits;
import org.columnpress.core.print.Paper;
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

    /** What a page of the house style holds, per square inch of trim (measured on the benchmark's books). */
    private static final double CHARACTERS_PER_SQUARE_INCH = 29;

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
                !printer.annotations(), PrinterProfile.MIN_IMAGE_PPI, printer.cropMarks(), Optional.of(coverRules),
                ink(edition) == PrintLayout.Ink.RGB_COLOUR);
    }

    /** The cover of an interior of {@code pages} pages: the sizes the printer's cover calculator gives. */
    static CoverLayout cover(PrintEdition edition, int pages) {
        CoverGeometry cover = edition.cover(pages);
        Barcode barcode = cover.barcode();
        double panel = cover.panel().width().points();
        return new CoverLayout(cover.width().points(), cover.height().points(), cover.bleed().points(), panel,
                cover.spine().points(), panel, cover.safety().points(), cover.spineMargin().points(),
                cover.spineText(), new CoverLayout.Barcode(
                        barcode.ours() ? CoverLayout.Mode.PRINT : CoverLayout.Mode.KEEP_CLEAR,
                        barcode.width().points(), barcode.height().points(), barcode.fromFold().points(),
                        barcode.fromBottom().points(), edition.priceAddOn().isPresent()));
    }

    /**
     * The interior's layout: the printer's trim, bleed edges, gutter table and smallest margins, crop marks
     * where a print shop wants them, and its PDF standard (black ink in DeviceGray beside PDF/A's sRGB
     * output intent, else K only).
     */
    static PrintLayout interior(PrintEdition edition) {
        PrinterProfile printer = edition.printer();
        Edges bleed = printer.interiorBleed();
        PageLimits limits = printer.pageLimits(edition.trim(), edition.paper(), edition.binding());
        List<PrintLayout.Gutter> gutters = new ArrayList<>();
        int from = 1;
        for (PreflightRules.GutterStep step : gutterSteps(printer, limits)) {
            gutters.add(new PrintLayout.Gutter(from, step.inside()));
            from = step.upToPages() + 1;
        }
        double margin = printer.minMargin().points();
        PdfStandard standard = printer.pdf();
        return new PrintLayout(printer.displayName(), edition.trim().width().points(),
                edition.trim().height().points(),
                new PrintLayout.Bleed(bleed.top().points(), bleed.bottom().points(), bleed.outside().points(),
                        bleed.inside().points()),
                gutters, margin, margin, margin, printer.cropMarks(), standard == PdfStandard.PDF_X_4,
                Optional.empty(), standard == PdfStandard.PDF_A_2B, printer.annotations(), printer.annotations(),
                ink(edition),
                switch (printer.pageCountRule()) {
                    case ANY -> PrintLayout.PageCount.ANY;
                    case EVEN -> PrintLayout.PageCount.EVEN;
                    case EVEN_BLANK_LAST -> PrintLayout.PageCount.EVEN_BLANK_LAST;
                });
    }

    /** PDF/A printers take sRGB and DeviceGray; PDF/X ones DeviceCMYK. Colour paper prints colour ink. */
    static PrintLayout.Ink ink(PrintEdition edition) {
        boolean pdfa = edition.printer().pdf() == PdfStandard.PDF_A_2B;
        if (edition.paper() == Paper.COLOUR) {
            return pdfa ? PrintLayout.Ink.RGB_COLOUR : PrintLayout.Ink.CMYK_COLOUR;
        }
        return pdfa ? PrintLayout.Ink.GRAY : PrintLayout.Ink.CMYK;
    }

    /**
     * A first guess of the interior's page count, for its first layout's gutter: the book's characters over
     * what a page of this trim holds in the house style, plus a half page a column (each opens a page) and
     * the front and back matter. Within a bracket of the printer's gutter table, the book is laid out once;
     * a wrong guess costs a second layout, never a wrong margin.
     */
    static int estimatePages(Book book, PrintEdition edition) {
        long characters = 0;
        for (Column column : book.columns()) {
            for (Block block : column.body()) {
                characters += BodyCutter.size(block);
            }
        }
        double area = edition.trim().width().inches() * edition.trim().height().inches();
        return (int) (characters / (area * CHARACTERS_PER_SQUARE_INCH) + book.columns().size() * 0.5 + 8);
    }

    /**
     * The author's bio for the back cover: the one most columns end with (a columnist's bio is the same
     * under every column), or the last column's when none repeats; empty when no column has one.
     */
    static List<Block> bio(Book book) {
        Map<List<Block>, Integer> counts = new LinkedHashMap<>();
        for (Column column : book.columns()) {
            if (!column.bio().isEmpty()) {
                counts.merge(column.bio(), 1, Integer::sum);
            }
        }
        List<Block> best = List.of();
        int most = 0;
        for (Map.Entry<List<Block>, Integer> entry : counts.entrySet()) {
            if (entry.getValue() >= most) {
                best = entry.getKey();
                most = entry.getValue();
            }
        }
        return best;
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
