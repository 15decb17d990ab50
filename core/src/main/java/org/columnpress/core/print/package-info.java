/**
 * What printers ask of a print edition: each printer's published rules as a
 * {@link org.columnpress.core.print.PrinterProfile} (trim sizes, bleed, gutter by page count, page limits,
 * spine width, cover bleed, barcode), the user's choice as a {@link org.columnpress.core.print.PrintEdition},
 * and the cover's measurements for a page count as a {@link org.columnpress.core.print.CoverGeometry}.
 * Plain values only: the renderers turn them into pages.
 */
package org.columnpress.core.print;
