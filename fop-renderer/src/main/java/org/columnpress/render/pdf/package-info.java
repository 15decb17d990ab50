/**
 * The PDF renderer ({@code pdf}): book model -> book XML -> XSLT (default stylesheet at
 * {@code https://columnpress.org/xsl/fo/columnpress.xsl}, served from the jar) -> XSL-FO -> Apache FOP.
 * {@link org.columnpress.render.pdf.PdfStages} runs the same pipeline one stage at a time, for measuring.
 */
package org.columnpress.render.pdf;
