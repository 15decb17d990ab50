/**
 * Preflight of a print interior PDF and a cover PDF against a printer's rules: page boxes, page count,
 * margins, fonts, images, text colour, annotations, PDF/X, cover size, spine text and barcode, each a
 * {@link org.columnpress.render.pdf.internal.preflight.Check} with its measured value and limit.
 */
package org.columnpress.render.pdf.internal.preflight;
