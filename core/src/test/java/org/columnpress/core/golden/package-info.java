/**
 * Golden files for the transformations users see: spec files of examples (column in, output out), run
 * as one test per example, rewritten with {@code -Dgolden.update=true}. Shared through core's test jar.
 */
package org.columnpress.core.golden;
