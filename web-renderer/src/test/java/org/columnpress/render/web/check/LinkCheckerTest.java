package org.columnpress.render.web.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkCheckerTest {

    @Test
    void everyLinkOfAGoodSiteResolvesAndExternalLinksAreListed() {
        CheckReport report = LinkChecker.forWebServer().checkSite(Fixtures.folder("links/good"));

        assertThat(report.problems()).as(report.toString()).isEmpty();
        assertThat(report.checked()).as("3 pages and 2 style sheets").isEqualTo(5);
        assertThat(report.notes()).extracting(Finding::toString).containsExactly(
                "index.html:8: external: https://columns.example.org/",
                "index.html:18: external: mailto:redactie@example.org");
    }

    @Test
    void eachBrokenLinkIsNamedWithItsPageOrStyleSheetAndLine() {
        CheckReport report = LinkChecker.forWebServer().checkSite(Fixtures.folder("links/bad"));

        assertThat(report.problems()).as(report.toString()).extracting(Finding::toString).containsExactlyInAnyOrder(
                "index.html:3: <link href=\"/style.css\">: a root-relative link breaks when the site is not at a"
                        + " server's root or read from the disk",
                "index.html:5: <a href=\"de-bruk/index.html\">: no such file: de-bruk/index.html",
                "index.html:6: <a href=\"de-brug/index.html#fn9\">: no id \"fn9\" in de-brug/index.html",
                "index.html:7: <a href=\"file:///home/schrijver/boek/de-brug.pdf\">: an absolute link into the disk",
                "index.html:8: <a href=\"de-brug/de-brug.pdf\">: not a PDF (no %PDF header): de-brug/de-brug.pdf",
                "index.html:9: <a href=\"../../buiten.html\">: leaves the site folder",
                "index.html:10: <a href=\"leeg/\">: no such file: leeg/index.html",
                "index.html:10: <a href=\"\">: an empty link goes nowhere",
                "index.html:10: <a href=\"#\">: an empty link goes nowhere",
                "index.html:11: <img src=\"foto.png\">: no such file: foto.png",
                "style.css:1: url(\"fonts/Literata.woff2\"): no such file: fonts/Literata.woff2",
                "style.css:2: url(/achtergrond.png): a root-relative link breaks when the site is not at a server's"
                        + " root or read from the disk");
        assertThat(report.notes()).extracting(Finding::message)
                .containsExactly("external: https://example.org/");
    }

    @Test
    void forTheDiskAFolderLinkIsAProblemEvenWithAnIndex() {
        CheckReport report = LinkChecker.forDisk().checkSite(Fixtures.folder("links/good"));

        assertThat(report.problems()).extracting(Finding::toString).containsExactly(
                "index.html:14: <a href=\"de-brug/\">: a folder link shows a folder listing from the disk: link its"
                        + " index.html",
                "index.html:14: <a href=\"tags/stad/\">: a folder link shows a folder listing from the disk: link"
                        + " its index.html");
    }

    @Test
    void underTheSiteUrlCanonicalOpenGraphAndSitemapAddressesMustBeInTheSite() {
        CheckReport report = LinkChecker.forDisk().siteUrl("https://columns.example.org")
                .checkSite(Fixtures.folder("links/published"));

        assertThat(report.checked()).as("2 pages and the sitemap").isEqualTo(3);
        assertThat(report.problems()).extracting(Finding::toString).containsExactly(
                "de-brug/index.html:7: <meta property=\"og:image\" content=\"https://columns.example.org/de-brug/brug.jpg\">:"
                        + " no such file: de-brug/brug.jpg",
                "sitemap.xml:5: <loc>https://columns.example.org/het-veer/</loc>: no such file: het-veer/index.html");
        assertThat(report.notes()).extracting(Finding::toString)
                .containsExactly("index.html:13: external: https://elders.example.org/");
    }

    @Test
    void withoutASiteUrlThoseAddressesAreOnlyListed() {
        CheckReport report = LinkChecker.forDisk().checkSite(Fixtures.folder("links/published"));

        assertThat(report.problems()).isEmpty();
        assertThat(report.notes()).hasSize(10);
    }
}
