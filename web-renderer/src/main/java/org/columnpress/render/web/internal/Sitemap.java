package org.columnpress.render.web.internal;

import java.io.OutputStream;
import java.util.List;

/**
 * The sitemap ({@code sitemap.xml}, sitemaps.org 0.9) of a site with a site URL: every page's absolute address,
 * as search engines ask (a sitemap of relative addresses is invalid, so a site without a URL gets none).
 */
final class Sitemap {

    private Sitemap() {
    }

    /** @param folders every page's folder, relative to the root ("" for the index) */
    static void write(String siteUrl, List<String> folders, OutputStream out) {
        XmlDocument x = XmlDocument.of(out);
        x.start("urlset").namespace("", "http://www.sitemaps.org/schemas/sitemap/0.9");
        folders.forEach(folder -> x.start("url").element("loc", Site.address(siteUrl, folder)).end());
        x.end().finish();
    }
}
