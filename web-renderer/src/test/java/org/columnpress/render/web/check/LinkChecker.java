package org.columnpress.render.web.check;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Every {@code href}, {@code src} and {@code srcset} URL in every page of a site folder (parsed with jsoup's HTML5
 * parser, which keeps each element's line), and every {@code url(...)} and {@code @import} in its style sheets. A relative link must resolve to a file inside the site (a folder to
 * its {@code index.html}), its fragment to an {@code id} in the target page, a PDF link to a file that starts
 * with {@code %PDF}. A {@code file:} URL or a root-relative path ({@code /x}) is a problem: the site must work
 * from any folder and straight from the disk. Other schemes ({@code https:}, {@code mailto:}) are listed as notes.
 */
public final class LinkChecker {

    private static final String[] ATTRIBUTES = {"href", "src", "srcset"};

    /** {@code url(x)}, {@code url('x')}, {@code url("x")} (groups 1-2), {@code @import "x"} (groups 3-4). */
    private static final Pattern CSS_URL =
            Pattern.compile("url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)|@import\\s+(['\"])([^'\"]*)\\3");

    /** The Open Graph properties whose content is a URL (the page's address, its picture). */
    private static final String OPEN_GRAPH_URLS = "meta[property~=^og:(url|image|image:url)$][content]";

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
                document = parse(page);
            } catch (IOException e) {
                problems.add(new Finding(SiteFiles.shown(root, page), 0, "cannot read: " + e.getMessage()));
                return;
            }
            ids.putIfAbsent(page, targetsOf(document));
            for (String attribute : ATTRIBUTES) {
                for (Element element : document.select("[" + attribute + "]")) {
                    for (String url : urls(attribute, element.attr(attribute))) {
                        link(page, element.sourceRange().start().lineNumber(),
                                "<" + element.tagName() + " " + attribute + "=\"" + url + "\">", url);
                    }
                }
            }
            for (Element meta : document.select(OPEN_GRAPH_URLS)) {
                String url = meta.attr("content").strip();
                link(page, meta.sourceRange().start().lineNumber(),
                        "<meta property=\"" + meta.attr("property") + "\" content=\"" + url + "\">", url);
            }
        }

        /** A sitemap's {@code <loc>} addresses. */
        void sitemap(Path sitemap) {
            Document document;
            try {
                document = Jsoup.parse(sitemap, "UTF-8", sitemap.toUri().toString(),
                        Parser.xmlParser().setTrackPosition(true));
            } catch (IOException e) {
                problems.add(new Finding(SiteFiles.shown(root, sitemap), 0, "cannot read: " + e.getMessage()));
                return;
            }
            for (Element loc : document.select("loc")) {
                String url = loc.text().strip();
                link(sitemap, loc.sourceRange().start().lineNumber(), "<loc>" + url + "</loc>", url);
            }
        }

        /** A style sheet's {@code url(...)} and {@code @import} references: fonts and images the pages need. */
        void styleSheet(Path styleSheet) {
            List<String> lines;
            try {
                lines = Files.readAllLines(styleSheet, StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add(new Finding(SiteFiles.shown(root, styleSheet), 0, "cannot read: " + e.getMessage()));
                return;
            }
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = CSS_URL.matcher(lines.get(i));
                while (matcher.find()) {
                    String url = matcher.group(2) != null ? matcher.group(2) : matcher.group(4);
                    link(styleSheet, i + 1, matcher.group().strip(), url.strip());
                }
            }
        }

        private void link(Path file, int line, String label, String url) {
            if (url.regionMatches(true, 0, "data:", 0, 5)) {
                return; // inline data, not a link
            }
            Finding where = new Finding(SiteFiles.shown(root, file), line, label);
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
                problem(where, "a root-relative link breaks when the site is not at a server's root or read from the disk");
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
                    return targetsOf(parse(p));
                } catch (IOException e) {
                    return Set.of();
                }
            });
        }

        private void problem(Finding where, String what) {
            problems.add(new Finding(where.file(), where.line(), where.message() + ": " + what));
        }
    }

    private static Document parse(Path page) throws IOException {
        return Jsoup.parse(page, "UTF-8", page.toUri().toString(), Parser.htmlParser().setTrackPosition(true));
    }

    /** Fragment targets: every id, and the name of an {@code <a>} (still a target in HTML). */
    private static Set<String> targetsOf(Document document) {
        Set<String> ids = document.select("[id]").stream().map(e -> e.id()).collect(Collectors.toSet());
        document.select("a[name]").forEach(a -> ids.add(a.attr("name")));
        return ids;
    }

    /** The URLs an attribute holds: one, or for {@code srcset} one per candidate ("url 2x, url 400w"). */
    private static List<String> urls(String attribute, String value) {
        if (!attribute.equals("srcset")) {
            return List.of(value.strip());
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(candidate -> candidate.split("\\s+")[0]).toList();
    }

    private static boolean startsWithPdf(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(4), StandardCharsets.US_ASCII).equals("%PDF");
        } catch (IOException e) {
            return false;
        }
    }
}
