/**
 * Columnpress core: what every layer uses, the exceptions, the {@link org.columnpress.core.Reporter} and
 * {@link org.columnpress.core.CloseMatches} for "did you mean". The packages read bottom-up:
 * {@code model}, then {@code read} and {@code render}, then {@code publish}.
 */
package org.columnpress.core;
