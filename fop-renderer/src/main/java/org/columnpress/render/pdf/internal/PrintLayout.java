package org.columnpress.render.pdf.internal;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a printer asks of a book's interior, in plain values: the page, the bleed, the smallest margins, the
 * colour and PDF rules, and how the page count must end. Lengths are PostScript points (1/72 in). Core's
 * printer profiles are mapped onto it; the renderer turns it into stylesheet parameters and FOP settings
 * ({@link PrintInterior}).
 *
 * @param printer      the printer's name, for messages ({@code KDP}, {@code offset})
 * @param trimWidth    the width of the trimmed page
 * @param trimHeight   the height of the trimmed page
 * @param bleed        how far the page extends beyond the trim on each edge
 * @param gutters      the smallest inner margin by page count, in steps (at least one, from 1 page)
 * @param minOuter     the smallest outer margin, at the fore-edge; the stylesheet's grows to it
 * @param minTop       the smallest top margin (to the running head); the stylesheet's grows to it
 * @param minBottom    the smallest bottom margin (to the folio); the stylesheet's grows to it
 * @param cropMarks    whether crop marks are drawn outside the bleed
 * @param pdfx         whether the PDF is PDF/X-4, with {@code outputProfile} as its output intent
 * @param outputProfile a CMYK ICC profile of the printing condition; empty: the FOGRA39 profile we ship
 * @param pdfaAllowed  whether the PDF may stay PDF/A (and PDF/UA) as the settings ask; never under PDF/X,
 *                     whose output intent PDF/A would have to share
 * @param links        whether links stay links (annotations); false prints them as text
 * @param outline      whether the PDF has bookmarks
 * @param ink          how text and rules are black
 * @param pageCount    how the page count must end
 */
public record PrintLayout(
        String printer, double trimWidth, double trimHeight, Bleed bleed, List<Gutter> gutters,
        double minOuter, double minTop, double minBottom, boolean cropMarks, boolean pdfx,
        Optional<Path> outputProfile, boolean pdfaAllowed, boolean links, boolean outline, Ink ink,
        PageCount pageCount) {

    /** Points per inch and per millimetre, for the callers' figures. */
    public static final double INCH = 72;
    public static final double MM = 72 / 25.4;

    /** Bleed per edge; outside is the fore-edge (right on right-hand pages), inside the spine. */
    public record Bleed(double top, double bottom, double outside, double inside) {
        public Bleed {
            if (top < 0 || bottom < 0 || outside < 0 || inside < 0) {
                throw new IllegalArgumentException("negative bleed");
            }
        }

        public static Bleed none() {
            return new Bleed(0, 0, 0, 0);
        }

        public static Bleed all(double length) {
            return new Bleed(length, length, length, length);
        }
    }

    /** From {@code fromPages} pages on, the inner margin is at least {@code inner}. */
    public record Gutter(int fromPages, double inner) {
    }

    /**
     * The interior's inks, and so how the print edition writes the book's colours ({@link PrintColours}).
     * Black ink only: black and every colour as a gray, in DeviceGray ({@code GRAY}; beside PDF/A's RGB
     * output intent) or in DeviceCMYK's K alone ({@code CMYK}; PDF/X). Colour ink: colours kept as sRGB
     * ({@code RGB_COLOUR}; the printer converts them, black as DeviceGray) or made DeviceCMYK
     * ({@code CMYK_COLOUR}; PDF/X, black as K alone).
     */
    public enum Ink {
        GRAY, CMYK, RGB_COLOUR, CMYK_COLOUR;

        /** Whether black and the colours are written in DeviceCMYK. */
        public boolean cmyk() {
            return this == CMYK || this == CMYK_COLOUR;
        }

        /** Whether the interior prints in colour. */
        public boolean colour() {
            return this == RGB_COLOUR || this == CMYK_COLOUR;
        }
    }

    /**
     * Any count; an even count (blank pages added at the end); or an even count whose last page is blank
     * (IngramSpark prints its barcode there).
     */
    public enum PageCount { ANY, EVEN, EVEN_BLANK_LAST }

    public PrintLayout {
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(bleed, "bleed");
        Objects.requireNonNull(outputProfile, "outputProfile");
        Objects.requireNonNull(ink, "ink");
        Objects.requireNonNull(pageCount, "pageCount");
        gutters = gutters.stream().sorted(Comparator.comparingInt(Gutter::fromPages)).toList();
        if (gutters.isEmpty() || gutters.get(0).fromPages() > 1) {
            throw new IllegalArgumentException("the gutter steps must start at 1 page: " + gutters);
        }
        if (trimWidth <= 0 || trimHeight <= 0) {
            throw new IllegalArgumentException("trim " + trimWidth + " x " + trimHeight);
        }
        if (pdfx && pdfaAllowed) {
            // One output intent: PDF/X's CMYK printing condition, which PDF/A (sRGB here) cannot share.
            throw new IllegalArgumentException("PDF/X and PDF/A cannot share the output intent");
        }
    }

    /** The step of the gutter table a page count falls into. */
    public Gutter gutter(int pages) {
        Gutter step = gutters.get(0);
        for (Gutter g : gutters) {
            if (g.fromPages() <= pages) {
                step = g;
            }
        }
        return step;
    }
}
