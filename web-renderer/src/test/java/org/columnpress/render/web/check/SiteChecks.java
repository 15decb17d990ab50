package org.columnpress.render.web.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.columnpress.render.web.check.FeedChecker.FeedReport;

/**
 * All four checks on a site folder, for a short site test:
 *
 * <pre>{@code
 * SiteReport report = SiteChecks.on(site).axe("index.html", "de-brug/index.html").run();
 * assertThat(report.problems()).as(report.toString()).isEmpty();
 * assertThat(report.feed().orElseThrow().entries()).hasSize(book.columns().size());
 * report.assumeAllRan();
 * }</pre>
 *
 * The Nu HTML Checker reads every page (one checker for the whole JVM), the link check every link, the feed
 * check {@code feed.xml} (a missing feed is a problem); axe-core runs, in one browser, over the pages named with
 * {@link #axe} (none by default: a browser costs seconds), beside the other checks. Without Chromium the axe
 * check is skipped and {@link SiteReport#assumeAllRan()} says so.
 */
public final class SiteChecks {

    private final Path site;
    private final List<String> axePages;
    private final String feed;
    private final Optional<String> siteUrl;
    private final boolean fromDisk;

    private SiteChecks(Path site, List<String> axePages, String feed, Optional<String> siteUrl, boolean fromDisk) {
        this.site = site.toAbsolutePath().normalize();
        this.axePages = List.copyOf(axePages);
        this.feed = feed;
        this.siteUrl = siteUrl;
        this.fromDisk = fromDisk;
    }

    public static SiteChecks on(Path site) {
        return new SiteChecks(site, List.of(), "feed.xml", Optional.empty(), false);
    }

    /** The pages (relative to the site) axe-core checks. */
    public SiteChecks axe(String... pages) {
        return new SiteChecks(site, List.of(pages), feed, siteUrl, fromDisk);
    }

    /** The feed's file name in the site, when not {@code feed.xml}. */
    public SiteChecks feed(String name) {
        return new SiteChecks(site, axePages, name, siteUrl, fromDisk);
    }

    /**
     * The book's {@code siteUrl}: absolute links under it (the feed's, canonical and Open Graph links, the
     * sitemap's) must resolve in the site folder.
     */
    public SiteChecks siteUrl(String url) {
        return new SiteChecks(site, axePages, feed, Optional.of(url), fromDisk);
    }

    /** Folder links ({@code de-brug/}) are problems too: from the disk they open a folder listing. */
    public SiteChecks fromDisk() {
        return new SiteChecks(site, axePages, feed, siteUrl, true);
    }

    public SiteReport run() {
        List<String> skipped = new ArrayList<>();
        Optional<String> noAxe = axePages.isEmpty() ? Optional.empty() : AxeChecker.unavailable();
        noAxe.ifPresent(skipped::add);
        // axe-core waits on a browser in another process: start it first and check the rest meanwhile.
        CompletableFuture<SiteReport.Timed> axe = axePages.isEmpty() || noAxe.isPresent() ? null
                : CompletableFuture.supplyAsync(() -> timed(() -> new AxeChecker().check(site,
                        axePages.stream().map(site::resolve).toList())));
        List<SiteReport.Timed> checks = new ArrayList<>();
        checks.add(timed(() -> NuChecker.shared().checkSite(site)));
        LinkChecker links = fromDisk ? LinkChecker.forDisk() : LinkChecker.forWebServer();
        checks.add(timed(() -> siteUrl.map(links::siteUrl).orElse(links).checkSite(site)));
        Path feedFile = site.resolve(feed);
        Optional<FeedReport> feedReport = Optional.empty();
        if (Files.isRegularFile(feedFile)) {
            FeedChecker checker = siteUrl.map(FeedChecker::forSiteUrl).orElseGet(FeedChecker::relative);
            long start = System.nanoTime();
            FeedReport report = checker.check(site, feedFile);
            checks.add(new SiteReport.Timed(report.report(), (System.nanoTime() - start) / 1_000_000));
            feedReport = Optional.of(report);
        } else {
            checks.add(new SiteReport.Timed(new CheckReport("Atom feed", 0,
                    List.of(new Finding(Path.of(feed), 0, "no feed in the site")), List.of()), 0));
        }
        if (axe != null) {
            try {
                checks.add(axe.join());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        return new SiteReport(site, checks, skipped, feedReport);
    }

    private static SiteReport.Timed timed(Supplier<CheckReport> check) {
        long start = System.nanoTime();
        CheckReport report = check.get();
        return new SiteReport.Timed(report, (System.nanoTime() - start) / 1_000_000);
    }
}
