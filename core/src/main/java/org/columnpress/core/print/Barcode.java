package org.columnpress.core.print;

import java.util.Objects;

/**
 * Where the ISBN barcode goes: a box at the bottom right of the back cover, as the book trade puts it,
 * placed by its distance from the spine fold (the back panel's right edge) and from the bottom trim.
 *
 * @param ours       whether Columnpress prints the barcode; when not, the printer prints its own there
 *                   and the box is left empty
 * @param width      the box, barcode and quiet zones included
 * @param height     the box's height, likewise
 * @param fromFold   the gap between the box and the spine fold
 * @param fromBottom the gap between the box and the bottom trim
 * @param addOn      whether the printer wants a 5-digit price add-on (EAN-5) beside the EAN-13
 */
public record Barcode(boolean ours, Length width, Length height, Length fromFold, Length fromBottom,
        boolean addOn) {

    /**
     * Checks that no length is null.
     *
     * @param ours       whether Columnpress prints the barcode
     * @param width      the box's width
     * @param height     the box's height
     * @param fromFold   the gap to the spine fold
     * @param fromBottom the gap to the bottom trim
     * @param addOn      whether a price add-on is wanted
     * @throws NullPointerException if a length is null
     */
    public Barcode {
        Objects.requireNonNull(width, "width");
        Objects.requireNonNull(height, "height");
        Objects.requireNonNull(fromFold, "fromFold");
        Objects.requireNonNull(fromBottom, "fromBottom");
    }
}
