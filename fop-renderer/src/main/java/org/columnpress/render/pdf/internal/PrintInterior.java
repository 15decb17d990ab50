package org.columnpress.render.pdf.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.columnpress.core.model.Book;
import org.columnpress.core.render.PageMap;
import org.columnpress.core.render.PreparedImages;
import org.columnpress.core.render.RenderOptions;

/**
 * The print interior of a book: the book PDF's stylesheet, fonts and FOP, with a printer's
 * {@link PrintLayout} turned into stylesheet parameters (trim, bleed per edge, the smallest margins, crop
 * marks, black ink, links as text, no bookmarks) and FOP settings (PDF/X-4 with its output profile, or
 * PDF/A where the printer accepts it), and the page count padded as the printer wants it.
 *
 * <p>The gutter follows the page count: the book is laid out with the inner margin of the expected count's
 * step, counted, and laid out again only when the count falls into another step of the printer's table.
 */
final class PrintInterior {

    /** The CMYK output profile for PDF/X when the layout names none; see the README and the licence beside it. */
    static final String DEFAULT_OUTPUT_PROFILE = "classpath:org/columnpress/render/pdf/icc/FOGRA39L_coated.icc";

    private final DocumentSetup setup;
    private final PdfSettings settings;
    private final RenderOptions options;
    private final boolean streamed;

    PrintInterior(DocumentSetup setup, PdfSettings settings, RenderOptions options, boolean streamed) {
        this.setup = setup;
        this.settings = settings;
        this.options = options;
        this.streamed = streamed;
    }

    /**
     * @param expectedPages the page count to take the first gutter from: the screen PDF's when known, else 1
     * @param glyphs        what the glyph check already warned about, which FOP need not repeat
     * @return the page count of the PDF written, and the check of its images (run it: {@code check})
     */
    /**
     * The interior written: its page count, the check of its images' resolution, still to run, and where
     * each of its pages begins (the printed book's page map, for the EPUB).
     */
    record Rendered(int pages, PrintImageCheck images, PageMap pageMap) {
    }

    Rendered render(Book book, PrintLayout layout, Path pdf, int expectedPages, MissingGlyphs glyphs) {
        Set<Path> images = PdfRenderer.imagesOf(book);
        PrintLayout.Gutter gutter = layout.gutter(expectedPages);
        Path folder = pdf.toAbsolutePath().getParent();
        try (PreparedImages prepared = PreparedImages.prepare(images, folder,
                ImageResolution.limit(settings(layout, gutter)), "print PDF", options.reporter())) {
            UnaryOperator<Path> imageFiles = prepared::file;
            PageMap[] map = new PageMap[1]; // the last layout's
            int pages = renderWith(book, layout, gutter, pdf, glyphs, imageFiles, map);
            // A wider gutter only adds pages, so this ends; the bound is there all the same.
            for (int tries = 0; tries < layout.gutters().size(); tries++) {
                PrintLayout.Gutter needed = layout.gutter(pages);
                if (needed.equals(gutter)) {
                    break;
                }
                options.reporter().info("Print PDF (" + layout.printer() + "): " + pages + " pages need an inner"
                        + " margin of at least " + inches(needed.inner()) + " (from " + needed.fromPages()
                        + " pages on), not " + inches(gutter.inner()) + "; laid out again.");
                gutter = needed;
                pages = renderWith(book, layout, gutter, pdf, glyphs, imageFiles, map);
            }
            return new Rendered(pages, PrintImageCheck.of(book, imageFiles), map[0]);
        }
    }

    private int renderWith(Book book, PrintLayout layout, PrintLayout.Gutter gutter, Path pdf,
            MissingGlyphs glyphs, UnaryOperator<Path> imageFiles, PageMap[] map) {
        PdfSettings print = settings(layout, gutter);
        PdfDocumentRenderer documents = new PdfDocumentRenderer(setup.with(print, fopOptions(layout)), print, options,
                streamed, foFilter(layout));
        return documents.render(book, book.columns(), "book", pdf, glyphs, imageFiles, laidOut -> map[0] = laidOut);
    }

    /** FOP's renderer options for the layout's PDF standard: PDF/X-4 and its output profile, or none. */
    static Map<String, String> fopOptions(PrintLayout layout) {
        Map<String, String> fopOptions = new LinkedHashMap<>();
        if (layout.pdfx()) {
            fopOptions.put("pdf-x-mode", "PDF/X-4");
            fopOptions.put("output-profile", layout.outputProfile()
                    .map(file -> file.toAbsolutePath().toUri().toString()).orElse(DEFAULT_OUTPUT_PROFILE));
        }
        return fopOptions;
    }

    /** Between the stylesheet and FOP: the book's colours in the printer's ink, then the page count padded. */
    private static UnaryOperator<org.xml.sax.ContentHandler> foFilter(PrintLayout layout) {
        UnaryOperator<org.xml.sax.ContentHandler> padding = switch (layout.pageCount()) {
            case ANY -> UnaryOperator.identity();
            case EVEN -> fop -> new PagePadding(fop, false);
            case EVEN_BLANK_LAST -> fop -> new PagePadding(fop, true);
        };
        return fop -> new PrintColours(padding.apply(fop), layout.ink());
    }

    /** The book's settings with the printer's page, margins and rules as stylesheet parameters. */
    PdfSettings settings(PrintLayout layout, PrintLayout.Gutter gutter) {
        Map<String, String> params = new LinkedHashMap<>(settings.params());
        params.put("page.width", points(layout.trimWidth()));
        params.put("page.height", points(layout.trimHeight()));
        params.put("bleed", "");
        params.put("bleed.top", points(layout.bleed().top()));
        params.put("bleed.bottom", points(layout.bleed().bottom()));
        params.put("bleed.outside", points(layout.bleed().outside()));
        params.put("bleed.inside", points(layout.bleed().inside()));
        params.put("crop.marks", Boolean.toString(layout.cropMarks()));
        params.put("margin.inner.minimum", points(gutter.inner()));
        params.put("margin.outer.minimum", points(layout.minOuter()));
        params.put("margin.top.minimum", points(layout.minTop()));
        params.put("margin.bottom.minimum", points(layout.minBottom()));
        params.put("ink.black", layout.ink().cmyk() ? "cmyk(0,0,0,1)" : "#000000");
        if (!layout.links()) {
            params.put("links.clickable", "false");
        }
        if (!layout.outline()) {
            params.put("show.bookmarks", "false");
        }
        boolean archival = layout.pdfaAllowed() && !layout.pdfx();
        return new PdfSettings(settings.stylesheet(), params, settings.fonts(), false,
                archival ? settings.pdfaMode() : Optional.empty(), archival && settings.pdfua(), settings.debug(),
                Optional.empty(), settings.imagePpi());
    }

    /** A length for the stylesheet in points, such as {@code 8.503937pt}. */
    private static String points(double pt) {
        if (pt == 0) {
            return "0pt";
        }
        return String.format(Locale.ROOT, "%.6f", pt).replaceFirst("\\.?0+$", "") + "pt";
    }

    private static String inches(double pt) {
        return String.format(Locale.ROOT, "%.3f", pt / 72).replaceFirst("\\.?0+$", "") + " in";
    }
}
