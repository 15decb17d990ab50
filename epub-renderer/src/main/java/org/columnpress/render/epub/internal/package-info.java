/**
 * How the EPUB is made: a {@code Plan} of the manifest and spine, StAX writers for the package, navigation
 * and content documents, epub4j for the NCX, and a reproducible zip. Not an API; may change freely.
 */
package org.columnpress.render.epub.internal;
