/**
 * The speed and scale benchmark: a seeded generator of realistic book folders, and a driver that times
 * every stage of the PDF and EPUB paths (one fresh JVM per book size) and a whole Maven build.
 */
package org.columnpress.benchmark;
