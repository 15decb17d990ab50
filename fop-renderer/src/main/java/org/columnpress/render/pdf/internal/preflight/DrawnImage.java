package org.columnpress.render.pdf.internal.preflight;

/**
 * A raster image as a PDF draws it: on which page (from 1), its size in pixels, and its effective
 * resolution there, the lower of the two directions.
 */
public record DrawnImage(int page, int pixelsWide, int pixelsHigh, double ppi) {
}
