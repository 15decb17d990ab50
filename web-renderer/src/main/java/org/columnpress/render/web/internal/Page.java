package org.columnpress.render.web.internal;

import java.io.OutputStream;
import java.util.Optional;
import org.columnpress.core.render.html.MarkupWriter;

/**
 * The writer of one HTML page of the site: core's escaping {@link MarkupWriter} (so the pages share the EPUB's
 * rules) with the frame every page has: the HTML5 head a search engine and a link preview read, the site's
 * header, a {@code main} left open for the page's own content, and the footer written by {@link #close}.
 * Written in the XML syntax of HTML, which browsers read as HTML: void elements close themselves, every other
 * element has its end tag.
 */
final class Page extends MarkupWriter<Page> {

    /**
     * What a page's head says.
     *
     * @param folder      the page's folder ("" for the root), for its relative links and its address
     * @param language    the page's language: the book's
     * @param title       the {@code title} and the Open Graph title
     * @param description for {@code meta name="description"} and Open Graph
     * @param article     whether the page is one column (Open Graph type {@code article}) or a list
     * @param image       a picture for link previews, relative to the root; used only with a site URL, as
     *                    Open Graph asks for an absolute address
     */
    record Head(String folder, String language, String title, String description, boolean article,
            Optional<String> image) {
    }

    private final String folder;
    private final String root;
    private final Chrome chrome;

    private Page(OutputStream stream, String folder, Chrome chrome) {
        super(stream, "the web edition's HTML");
        this.folder = folder;
        this.root = Site.root(folder);
        this.chrome = chrome;
    }

    /** Writes the head and the site's header, and opens {@code main}. */
    static Page open(OutputStream stream, Head head, Chrome chrome) {
        String root = Site.root(head.folder());
        Page p = new Page(stream, head.folder(), chrome).doctype();
        p.start("html", "lang", head.language());
        p.start("head");
        p.empty("meta", "charset", "utf-8");
        p.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        p.element("title", head.title());
        p.empty("meta", "name", "description", "content", head.description());
        p.empty("meta", "property", "og:type", "content", head.article() ? "article" : "website");
        p.empty("meta", "property", "og:title", "content", head.title());
        p.empty("meta", "property", "og:description", "content", head.description());
        p.empty("meta", "property", "og:site_name", "content", chrome.siteName());
        chrome.siteUrl().ifPresent(site -> {
            p.empty("meta", "property", "og:url", "content", Site.address(site, head.folder()));
            head.image().ifPresent(image -> p.empty("meta", "property", "og:image",
                    "content", Site.address(site, image)));
            p.empty("link", "rel", "canonical", "href", Site.address(site, head.folder()));
        });
        p.empty("link", "rel", "stylesheet", "href", root + Site.CSS);
        p.empty("link", "rel", "alternate", "type", "application/atom+xml", "title", chrome.siteName(),
                "href", chrome.siteUrl().map(site -> Site.address(site, Site.FEED)).orElse(root + Site.FEED));
        p.end();
        p.start("body");
        p.start("header", "class", "site");
        p.element("a", chrome.siteName(), "class", "site-name", "href", Site.link(head.folder(), ""));
        p.end();
        p.start("main", "id", "main");
        return p;
    }

    /** The page's folder, relative to the root ("" for the index). */
    String folder() {
        return folder;
    }

    /** The way from this page to the root: {@code ../} per level. */
    String root() {
        return root;
    }

    /** Closes {@code main}, writes the footer and ends the page. */
    void close() {
        end();
        start("footer", "class", "site");
        chrome.rights().ifPresent(rights -> element("p", rights, "class", "rights"));
        start("p", "class", "feed").element("a", "Atom", "href", root + Site.FEED, "type", "application/atom+xml")
                .end();
        end();
        finish();
    }

    /**
     * What every page shows around its content: the site's name (the book's title), its rights line, and its
     * address when it has one.
     */
    record Chrome(String siteName, Optional<String> rights, Optional<String> siteUrl) {
    }
}
