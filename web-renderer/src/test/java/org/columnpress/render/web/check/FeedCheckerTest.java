package org.columnpress.render.web.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.columnpress.render.web.check.FeedChecker.Entry;
import org.columnpress.render.web.check.FeedChecker.FeedReport;
import org.junit.jupiter.api.Test;

class FeedCheckerTest {

    private static final String SITE_URL = "https://columns.example.org/";

    @Test
    void aGoodFeedGivesEveryEntryWithItsFullContent() {
        Path site = Fixtures.folder("feed/good");

        FeedReport feed = FeedChecker.forSiteUrl(SITE_URL).check(site, site.resolve("feed.xml"));

        assertThat(feed.report().problems()).as(feed.report().toString()).isEmpty();
        assertThat(feed.entries()).extracting(Entry::id, Entry::title, Entry::link, Entry::contentType).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SITE_URL + "de-brug/", "De brug", SITE_URL + "de-brug/", "html"),
                org.assertj.core.groups.Tuple.tuple(SITE_URL + "het-veer/", "Het veer", SITE_URL + "het-veer/index.html",
                        "xhtml"));
        assertThat(feed.entries().get(0).contentLength())
                .isEqualTo("<p>Elke ochtend fiets ik over de brug naar de stad.</p>".length());
        assertThat(feed.entries().get(1).contentLength()).isGreaterThan("Het veer vaart weer".length());
    }

    @Test
    void relativeLinksResolveInTheSiteAndAbsoluteOnesAreNotesWithoutASiteUrl() {
        Path site = Fixtures.folder("feed/good");

        FeedReport relative = FeedChecker.relative().check(site, site.resolve("relative.xml"));
        FeedReport absolute = FeedChecker.relative().check(site, site.resolve("feed.xml"));

        assertThat(relative.report().problems()).as(relative.report().toString()).isEmpty();
        assertThat(relative.report().notes()).isEmpty();
        assertThat(absolute.report().notes()).extracting(Finding::toString).containsExactly(
                "feed.xml: entry 1 (De brug): external link " + SITE_URL + "de-brug/",
                "feed.xml: entry 2 (Het veer): external link " + SITE_URL + "het-veer/index.html");
    }

    @Test
    void aMalformedFeedIsAProblemAtItsLine() {
        Path site = Fixtures.folder("feed/bad");

        FeedReport feed = FeedChecker.relative().check(site, site.resolve("broken.xml"));

        assertThat(feed.entries()).isEmpty();
        assertThat(feed.report().problems()).extracting(Finding::toString)
                .singleElement().asString().startsWith("broken.xml:8: does not parse: ").contains("entity");
    }

    @Test
    void anRssFeedIsNotAtom() {
        Path site = Fixtures.folder("feed/bad");

        FeedReport feed = FeedChecker.relative().check(site, site.resolve("rss.xml"));

        assertThat(feed.report().problems()).extracting(Finding::toString)
                .containsExactly("rss.xml: not an Atom 1.0 feed but rss_2.0");
    }

    @Test
    void aFeedWithADoctypeIsRefusedAndNothingIsRead() {
        Path site = Fixtures.folder("feed/bad");

        FeedReport feed = FeedChecker.relative().check(site, site.resolve("doctype.xml"));

        assertThat(feed.entries()).isEmpty();
        assertThat(feed.report().problems()).extracting(Finding::toString).singleElement().asString()
                .startsWith("doctype.xml:2: does not parse: ").contains("DOCTYPE is disallowed");
    }

    @Test
    void missingContentRepeatedIdsMissingDatesAndPagesAreProblems() {
        Path site = Fixtures.folder("feed/bad");

        FeedReport feed = FeedChecker.forSiteUrl(SITE_URL).check(site, site.resolve("incomplete.xml"));

        assertThat(feed.entries()).hasSize(2);
        assertThat(feed.report().problems()).extracting(Finding::toString).containsExactlyInAnyOrder(
                "incomplete.xml: entry 1 (De brug): no content",
                "incomplete.xml: entry 2 (Het veer): no <updated> (RFC 4287 requires one)",
                "incomplete.xml: entry 2 (Het veer): the id " + SITE_URL + "de-brug/ is used twice",
                "incomplete.xml: entry 2 (Het veer): links to a page not in the site: " + SITE_URL + "het-veer/");
    }
}
