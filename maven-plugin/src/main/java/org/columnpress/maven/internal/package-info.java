/**
 * What the publish goal needs besides Maven and core: POM metadata as book defaults, renderer settings
 * from parameters, the output timestamp, the incremental-build fingerprint, a Maven-log reporter and
 * core's exceptions as Maven's.
 */
package org.columnpress.maven.internal;
