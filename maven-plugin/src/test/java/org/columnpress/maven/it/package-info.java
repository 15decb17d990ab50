/**
 * Helpers for the invoker ITs' verify scripts ({@code src/it/}): read the PDF and EPUB a build made,
 * so that the scripts stay short lists of asserts.
 */
package org.columnpress.maven.it;
