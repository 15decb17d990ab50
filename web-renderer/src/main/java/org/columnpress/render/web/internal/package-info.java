/** The web renderer's implementation: the site's plan, its pages, feed and sitemap. Not API. */
package org.columnpress.render.web.internal;
