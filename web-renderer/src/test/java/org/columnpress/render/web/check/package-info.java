/**
 * Checkers a web edition's tests run on a folder of HTML files: the W3C Nu HTML Checker, axe-core in headless
 * Chromium, a link check and an Atom feed reader; {@link org.columnpress.render.web.check.SiteChecks} runs them all.
 */
package org.columnpress.render.web.check;
