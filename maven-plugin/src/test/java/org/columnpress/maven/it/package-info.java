/**
 * Helpers for the invoker ITs' scripts ({@code src/it/}): copy in the columns the ITs share, and read
 * the PDF and EPUB a build made, so that the scripts stay short lists of asserts.
 */
package org.columnpress.maven.it;
