/**
 * Columnpress core: the exceptions every module shares. The book model, the readers, the renderer SPI
 * and the publisher live in the sub-packages.
 */
package org.columnpress.core;
