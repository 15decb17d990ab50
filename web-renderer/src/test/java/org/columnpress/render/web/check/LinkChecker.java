package org.columnpress.render.web.check;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;

/**
 * Every link of a site folder ({@link LinkSources}: pages, style sheets, the sitemap), with its file and line. A
 * relative link must resolve to a file inside the site (a folder to its {@code index.html}), its fragment to an
 * {@code id} in the target page, a PDF link to a file that starts with {@code %PDF}. A {@code file:} URL or a
 * root-relative path ({@code /x}) is a problem: the site must work from any folder and straight from the disk.
 * Other schemes ({@code https:}, {@code mailto:}) are listed as notes, except addresses under the site's URL
 * when one is given.
 */
public final class LinkChecker {

    private final boolean folderLinksAllowed;
    private final Optional<SiteUrl> siteUrl;

    private LinkChecker(boolean folderLinksAllowed, Optional<SiteUrl> siteUrl) {
        this.folderLinksAllowed = folderLinksAllowed;
        this.siteUrl = siteUrl;
    }

    /** Folder links ({@code de-brug/}) count when the folder has an {@code index.html}: right on a web server. */
    public static LinkChecker forWebServer() {
        return new LinkChecker(true, Optional.empty());
    }

    /**
     * Folder links are problems too: opened from the disk, a browser shows a folder listing for them, not the
     * folder's {@code index.html}; link {@code de-brug/index.html} instead.
     */
    public static LinkChecker forDisk() {
        return new LinkChecker(false, Optional.empty());
    }

    /**
     * Absolute links under {@code url} (canonical links, Open Graph, the sitemap) must resolve in the site folder
     * too, as a web server would serve them (a folder to its {@code index.html}); other absolute links stay notes.
     */
    public LinkChecker siteUrl(String url) {
        return new LinkChecker(folderLinksAllowed, Optional.of(new SiteUrl(url)));
    }

    public CheckReport checkSite(Path site) {
        Path root = site.toAbsolutePath().normalize();
        Run run = new Run(root);
        List<Path> pages = SiteFiles.pages(root);
        for (Path page : pages) {
            run.page(page);
        }
        List<Path> styleSheets = SiteFiles.styleSheets(root);
        for (Path styleSheet : styleSheets) {
            run.styleSheet(styleSheet);
        }
        Path sitemap = root.resolve("sitemap.xml");
        if (Files.isRegularFile(sitemap)) {
            run.sitemap(sitemap);
        }
        // Page by page, line by line (the attributes were walked one kind at a time).
        Comparator<Finding> order = Comparator.comparing(Finding::file).thenComparingInt(Finding::line);
        run.problems.sort(order);
        run.notes.sort(order);
        int files = pages.size() + styleSheets.size() + (Files.isRegularFile(sitemap) ? 1 : 0);
        return new CheckReport("links", files, run.problems, run.notes);
    }

    /** The state of one check: findings so far and the ids of pages already read. */
    private final class Run {

        private final Path root;
        private final List<Finding> problems = new ArrayList<>();
        private final List<Finding> notes = new ArrayList<>();
        private final Map<Path, Set<String>> ids = new HashMap<>();

        Run(Path root) {
            this.root = root;
        }

        void page(Path page) {
            Document document;
            try {
                document = LinkSources.parsePage(page);
            } catch (IOException e) {
                cannotRead(page, e);
                return;
            }
            ids.putIfAbsent(page, LinkSources.fragmentTargets(document));
            LinkSources.inPage(page, document).forEach(this::link);
        }

        void styleSheet(Path styleSheet) {
            try {
                LinkSources.inStyleSheet(styleSheet).forEach(this::link);
            } catch (IOException e) {
                cannotRead(styleSheet, e);
            }
        }

        void sitemap(Path sitemap) {
            try {
                LinkSources.inSitemap(sitemap).forEach(this::link);
            } catch (IOException e) {
                cannotRead(sitemap, e);
            }
        }

        private void cannotRead(Path file, IOException e) {
            problems.add(new Finding(SiteFiles.shown(root, file), 0, "cannot read: " + e.getMessage()));
        }

        private void link(LinkSources.Link link) {
            Path file = link.file();
            String url = link.url();
            if (url.regionMatches(true, 0, "data:", 0, 5)) {
                return; // inline data, not a link
            }
            Finding where = new Finding(SiteFiles.shown(root, file), link.line(), link.label());
            if (url.isEmpty() || url.equals("#")) {
                problem(where, "an empty link goes nowhere");
                return;
            }
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                problem(where, "not a valid URL (" + e.getReason() + ")");
                return;
            }
            Optional<String> published = siteUrl.flatMap(address -> address.pathOf(url));
            if (published.isPresent()) {
                try {
                    // As a web server serves it: from the site's root, a folder as its index.html.
                    internal(root.resolve("index.html"), where, new URI(published.get()), true);
                } catch (URISyntaxException e) {
                    problem(where, "not a valid URL (" + e.getReason() + ")");
                }
            } else if ("file".equalsIgnoreCase(uri.getScheme())) {
                problem(where, "an absolute link into the disk");
            } else if (uri.getScheme() != null || uri.getRawAuthority() != null) {
                notes.add(new Finding(where.file(), where.line(), "external: " + url));
            } else if (uri.getPath().startsWith("/")) {
                problem(where, "a root-relative link breaks when the site is not at a server's root or read from the"
                        + " disk");
            } else {
                internal(file, where, uri, folderLinksAllowed);
            }
        }

        /** A link from {@code page} (or, for an address under the site URL, from the root's index). */
        private void internal(Path page, Finding where, URI uri, boolean folderLinks) {
            Path target = uri.getPath().isEmpty() ? page : page.getParent().resolve(uri.getPath()).normalize();
            if (!target.startsWith(root)) {
                problem(where, "leaves the site folder");
                return;
            }
            if (Files.isDirectory(target) || uri.getPath().endsWith("/")) {
                if (!folderLinks) {
                    problem(where, "a folder link shows a folder listing from the disk: link its index.html");
                    return;
                }
                target = target.resolve("index.html");
            }
            if (!Files.isRegularFile(target)) {
                problem(where, "no such file: " + SiteFiles.shown(root, target));
                return;
            }
            if (target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf") && !startsWithPdf(target)) {
                problem(where, "not a PDF (no %PDF header): " + SiteFiles.shown(root, target));
            }
            String fragment = uri.getFragment();
            if (fragment != null && SiteFiles.isHtml(target) && !idsOf(target).contains(fragment)) {
                problem(where, "no id \"" + fragment + "\" in " + SiteFiles.shown(root, target));
            }
        }

        private Set<String> idsOf(Path page) {
            return ids.computeIfAbsent(page, p -> {
                try {
                    return LinkSources.fragmentTargets(LinkSources.parsePage(p));
                } catch (IOException e) {
                    return Set.of();
                }
            });
        }

        private void problem(Finding where, String what) {
            problems.add(new Finding(where.file(), where.line(), where.message() + ": " + what));
        }
    }

    private static boolean startsWithPdf(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(4), StandardCharsets.US_ASCII).equals("%PDF");
        } catch (IOException e) {
            return false;
        }
    }
}
