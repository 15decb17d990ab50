package org.columnpress.render.web.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Where a site's links are, each with its file and line: a page's {@code href}, {@code src}, {@code srcset} and
 * Open Graph URLs, a style sheet's {@code url(...)} and {@code @import}, a sitemap's {@code <loc>}s. Pages are
 * parsed with jsoup's HTML5 parser, which keeps each element's position.
 */
final class LinkSources {

    /** One URL as written, where it was written; {@code label} quotes the markup it came from. */
    record Link(Path file, int line, String label, String url) {
    }

    private static final String[] ATTRIBUTES = {"href", "src", "srcset"};

    /** The Open Graph properties whose content is a URL (the page's address, its picture). */
    private static final String OPEN_GRAPH_URLS = "meta[property~=^og:(url|image|image:url)$][content]";

    /** {@code url(x)}, {@code url('x')}, {@code url("x")} (groups 1-2), {@code @import "x"} (groups 3-4). */
    private static final Pattern CSS_URL =
            Pattern.compile("url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)|@import\\s+(['\"])([^'\"]*)\\3");

    private LinkSources() {
    }

    static Document parsePage(Path page) throws IOException {
        return Jsoup.parse(page, "UTF-8", page.toUri().toString(), Parser.htmlParser().setTrackPosition(true));
    }

    /** Fragment targets: every id, and the name of an {@code <a>} (still a target in HTML). */
    static Set<String> fragmentTargets(Document page) {
        Set<String> ids = page.select("[id]").stream().map(Element::id).collect(Collectors.toSet());
        page.select("a[name]").forEach(a -> ids.add(a.attr("name")));
        return ids;
    }

    static List<Link> inPage(Path file, Document page) {
        List<Link> links = new ArrayList<>();
        for (String attribute : ATTRIBUTES) {
            for (Element element : page.select("[" + attribute + "]")) {
                for (String url : urls(attribute, element.attr(attribute))) {
                    links.add(new Link(file, line(element),
                            "<" + element.tagName() + " " + attribute + "=\"" + url + "\">", url));
                }
            }
        }
        for (Element meta : page.select(OPEN_GRAPH_URLS)) {
            String url = meta.attr("content").strip();
            links.add(new Link(file, line(meta),
                    "<meta property=\"" + meta.attr("property") + "\" content=\"" + url + "\">", url));
        }
        return links;
    }

    /** The fonts and images a style sheet needs. */
    static List<Link> inStyleSheet(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = CSS_URL.matcher(lines.get(i));
            while (matcher.find()) {
                String url = matcher.group(2) != null ? matcher.group(2) : matcher.group(4);
                links.add(new Link(file, i + 1, matcher.group().strip(), url.strip()));
            }
        }
        return links;
    }

    static List<Link> inSitemap(Path file) throws IOException {
        Document sitemap = Jsoup.parse(file, "UTF-8", file.toUri().toString(),
                Parser.xmlParser().setTrackPosition(true));
        List<Link> links = new ArrayList<>();
        for (Element loc : sitemap.select("loc")) {
            String url = loc.text().strip();
            links.add(new Link(file, line(loc), "<loc>" + url + "</loc>", url));
        }
        return links;
    }

    private static int line(Element element) {
        return element.sourceRange().start().lineNumber();
    }

    /** The URLs an attribute holds: one, or for {@code srcset} one per candidate ("url 2x, url 400w"). */
    private static List<String> urls(String attribute, String value) {
        if (!attribute.equals("srcset")) {
            return List.of(value.strip());
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(candidate -> candidate.split("\\s+")[0]).toList();
    }
}
