package org.columnpress.render.web.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.render.RenderOptions;

/**
 * The {@code web.*} settings, read and checked once per build.
 *
 * @param siteUrl where the site is published, ending in {@code /}; empty for a site that only ever links
 *                relatively (no canonical links, no sitemap)
 */
public record WebSettings(Optional<String> siteUrl) {

    /** The keys users may set, without the {@code web.} prefix. */
    public static final Set<String> KEYS = Set.of("site-url");

    public static WebSettings from(RenderOptions options) {
        options.requireKnown("web", KEYS);
        return new WebSettings(options.get("site-url").map(String::strip).filter(s -> !s.isEmpty())
                .map(WebSettings::siteUrl));
    }

    /** An absolute http(s) address, with the trailing slash the pages' addresses are appended to. */
    static String siteUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null) {
                return value.endsWith("/") ? value : value + "/";
            }
        } catch (URISyntaxException e) {
            // the message below
        }
        throw new ColumnpressException("Setting 'web.site-url' must be the site's address, such as "
                + "https://example.org/columns/, not '" + value + "'.");
    }
}
