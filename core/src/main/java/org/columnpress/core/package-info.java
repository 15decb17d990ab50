/**
 * Columnpress core: what every layer uses, the exceptions and the {@link org.columnpress.core.Reporter}.
 * The packages read bottom-up: {@code model}, then {@code read} and {@code render}, then {@code publish}.
 */
package org.columnpress.core;
