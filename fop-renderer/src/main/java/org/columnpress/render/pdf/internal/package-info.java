/**
 * How the PDF renderer works; not API. XSLT runs on the JDK's built-in XSLTC (XSLT 1.0) on purpose: no
 * extra dependency, no Saxon version clash with veraPDF, compiled {@code Templates} that are fast and
 * thread-safe, and the stylesheets need nothing beyond XSLT 1.0. Saxon-HE would bring XSLT 3.
 */
package org.columnpress.render.pdf.internal;
