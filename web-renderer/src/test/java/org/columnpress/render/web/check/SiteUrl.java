package org.columnpress.render.web.check;

import java.util.Objects;
import java.util.Optional;

/**
 * The address a site is published at (the book's {@code siteUrl}): the one rule for turning an absolute link
 * under it into a path in the site folder, shared by the link and feed checks.
 */
record SiteUrl(String prefix) {

    SiteUrl {
        Objects.requireNonNull(prefix, "prefix");
        prefix = prefix.endsWith("/") ? prefix : prefix + "/";
    }

    /** The link's path relative to the site's root ("de-brug/", "" for the root), when it is under the address. */
    Optional<String> pathOf(String link) {
        return link.startsWith(prefix) ? Optional.of(link.substring(prefix.length())) : Optional.empty();
    }
}
