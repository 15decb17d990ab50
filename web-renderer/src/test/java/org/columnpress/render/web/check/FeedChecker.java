package org.columnpress.render.web.check;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.WireFeedInput;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an Atom feed with ROME, as a feed reader would, and returns its entries for a test to compare with the
 * book's columns. Problems: a feed that does not parse (with its line), is not Atom 1.0, lacks what RFC 4287
 * requires (feed and entry id, title, updated), has an entry without an alternate link or content, repeats an
 * id, or links to a page missing from the site (a relative link, or one under {@code siteUrl}). XML that is not
 * well-formed is not healed; DOCTYPEs are refused (ROME's default), so a feed can make the reader fetch nothing.
 */
public final class FeedChecker {

    /** One entry as a reader sees it: content length counts the characters of its (unescaped) content. */
    public record Entry(String id, String title, String link, String contentType, int contentLength) {
    }

    /** The entries (empty when the feed did not parse) and the check's findings. */
    public record FeedReport(List<Entry> entries, CheckReport report) {

        public FeedReport {
            entries = List.copyOf(entries);
            Objects.requireNonNull(report, "report");
        }
    }

    private final Optional<SiteUrl> siteUrl;

    private FeedChecker(Optional<SiteUrl> siteUrl) {
        this.siteUrl = siteUrl;
    }

    /** Relative links are resolved in the site; absolute ones are listed as notes. */
    public static FeedChecker relative() {
        return new FeedChecker(Optional.empty());
    }

    /** Links under {@code siteUrl} (the book's {@code siteUrl}) are resolved in the site folder too. */
    public static FeedChecker forSiteUrl(String siteUrl) {
        return new FeedChecker(Optional.of(new SiteUrl(siteUrl)));
    }

    /** Checks {@code feed}, a file in {@code site}; paths shown relative to the site. */
    public FeedReport check(Path site, Path feed) {
        Path shown = SiteFiles.shown(site, feed);
        List<Finding> problems = new ArrayList<>();
        List<Finding> notes = new ArrayList<>();
        WireFeed parsed;
        try (Reader reader = Files.newBufferedReader(feed, StandardCharsets.UTF_8)) {
            WireFeedInput input = new WireFeedInput();
            // ROME "heals" some broken XML (a bare & in a title) by default; a strict reader would not.
            input.setXmlHealerOn(false);
            parsed = input.build(reader);
        } catch (ParsingFeedException e) {
            problems.add(new Finding(shown, Math.max(e.getLineNumber(), 0), "does not parse: " + cause(e)));
            return new FeedReport(List.of(), new CheckReport("Atom feed", 0, problems, notes));
        } catch (FeedException | IllegalArgumentException e) {
            problems.add(new Finding(shown, 0, "not a feed ROME can read: " + cause(e)));
            return new FeedReport(List.of(), new CheckReport("Atom feed", 0, problems, notes));
        } catch (IOException e) {
            problems.add(new Finding(shown, 0, "cannot read: " + e.getMessage()));
            return new FeedReport(List.of(), new CheckReport("Atom feed", 0, problems, notes));
        }
        if (!(parsed instanceof Feed atom) || !"atom_1.0".equals(parsed.getFeedType())) {
            problems.add(new Finding(shown, 0, "not an Atom 1.0 feed but " + parsed.getFeedType()));
            return new FeedReport(List.of(), new CheckReport("Atom feed", 0, problems, notes));
        }
        Resolver resolver = new Resolver(site.toAbsolutePath().normalize(), feed.toAbsolutePath().normalize());
        require(problems, shown, "the feed", "id", atom.getId());
        require(problems, shown, "the feed", "title", atom.getTitle());
        require(problems, shown, "the feed", "updated", atom.getUpdated());
        List<Entry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int number = 0;
        for (com.rometools.rome.feed.atom.Entry entry : atom.getEntries()) {
            number++;
            String what = "entry " + number + (entry.getTitle() == null ? "" : " (" + entry.getTitle() + ")");
            require(problems, shown, what, "id", entry.getId());
            require(problems, shown, what, "title", entry.getTitle());
            require(problems, shown, what, "updated", entry.getUpdated());
            if (entry.getId() != null && !ids.add(entry.getId())) {
                problems.add(new Finding(shown, 0, what + ": the id " + entry.getId() + " is used twice"));
            }
            String link = entry.getAlternateLinks().stream().map(Link::getHref).findFirst().orElse(null);
            if (link == null) {
                problems.add(new Finding(shown, 0, what + ": no alternate link to the column's page"));
            } else {
                resolver.check(link).ifPresent(problem -> problems.add(new Finding(shown, 0, what + ": " + problem)));
                if (resolver.external(link)) {
                    notes.add(new Finding(shown, 0, what + ": external link " + link));
                }
            }
            Content content = entry.getContents().isEmpty() ? null : entry.getContents().get(0);
            String value = content == null || content.getValue() == null ? "" : content.getValue();
            if (value.isBlank()) {
                problems.add(new Finding(shown, 0, what + ": no content"));
            }
            entries.add(new Entry(entry.getId(), entry.getTitle(), link, content == null ? null : content.getType(),
                    value.length()));
        }
        return new FeedReport(entries, new CheckReport("Atom feed", entries.size(), problems, notes));
    }

    private static void require(List<Finding> problems, Path feed, String what, String element, Object value) {
        if (value == null || value.toString().isBlank()) {
            problems.add(new Finding(feed, 0, what + ": no <" + element + "> (RFC 4287 requires one)"));
        }
    }

    private static String cause(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause.getMessage();
    }

    /** Where an entry's link points in the site folder, when it points into it. */
    private final class Resolver {

        private final Path root;
        private final Path feed;

        Resolver(Path root, Path feed) {
            this.root = root;
            this.feed = feed;
        }

        boolean external(String link) {
            return isAbsolute(link) && published(link).isEmpty();
        }

        /** The problem with a link into the site, if any. */
        Optional<String> check(String link) {
            Optional<String> published = published(link);
            if (published.isEmpty() && isAbsolute(link)) {
                return Optional.empty();
            }
            URI uri;
            try {
                uri = new URI(published.orElse(link));
            } catch (URISyntaxException e) {
                return Optional.of("not a valid link: " + link);
            }
            Path base = published.isPresent() ? root : feed.getParent();
            Path target = base.resolve(uri.getPath()).normalize();
            if (Files.isDirectory(target)) {
                target = target.resolve("index.html");
            }
            if (!target.startsWith(root) || !Files.isRegularFile(target)) {
                return Optional.of("links to a page not in the site: " + link);
            }
            return Optional.empty();
        }

        private Optional<String> published(String link) {
            return siteUrl.flatMap(address -> address.pathOf(link));
        }

        private boolean isAbsolute(String link) {
            try {
                URI uri = new URI(link);
                return uri.getScheme() != null || uri.getRawAuthority() != null;
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
