/**
 * What the publish goal needs besides Maven and core: POM metadata as book defaults, renderer settings
 * from parameters, the output timestamp, the incremental-build fingerprint and a Maven-log reporter.
 */
package org.columnpress.maven.internal;
