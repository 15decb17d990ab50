/**
 * How the PDF renderer works; not API. XSLT runs on Saxon-HE, made by name (not looked up), because the
 * JDK's XSLTC got standard XSLT wrong for user stylesheets; see the module README's Decisions.
 */
package org.columnpress.render.pdf.internal;
