package org.columnpress.render.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Book;
import org.columnpress.core.render.Handoffs;
import org.columnpress.core.render.RenderedFile;
import org.columnpress.core.render.Renderers;
import org.columnpress.render.web.check.SiteChecks;
import org.columnpress.render.web.check.SiteReport;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example book's site as its readers and the web's checkers find it: the W3C Nu HTML Checker on every page,
 * every link from the disk, the Atom feed read by a feed library, axe-core on the index and a column page.
 */
class ExampleSiteTest {

    static final String SITE_URL = "https://example.org/kolommen/";

    @TempDir
    static Path out;

    static Book book;
    static WebSite site;

    @BeforeAll
    static void render() {
        book = WebSite.example();
        site = WebSite.render(book, out.resolve("relative"));
    }

    @Test
    void theRendererIsFoundByItsNameThroughTheServiceLoader() {
        assertThat(Renderers.discover(getClass().getClassLoader()).get("web")).isInstanceOf(WebRendererFactory.class);
    }

    @Test
    void theIndexIsTheMainFileAndListsEveryColumn() {
        assertThat(site.files.get(0).path()).isEqualTo(site.file("index.html"));
        assertThat(site.files.get(0).role()).isEqualTo(RenderedFile.Role.BOOK);
        Document index = site.page("index.html");
        assertThat(index.select("html").attr("lang")).isEqualTo("nl");
        assertThat(index.select("h1").text()).isEqualTo("Kolommen van de week");
        assertThat(index.select("ol.columns a")).hasSize(book.columns().size());
    }

    @Test
    void theContentsListTheForewordThePartsAndAboutTheAuthorsInTheBooksOrder() {
        assertThat(site.page("index.html").select("nav.parts a").eachText()).containsExactly("Voorwoord",
                "Eerste deel: Onderweg en op kantoor", "Tweede deel: Klanten en winkels", "Over de auteurs");
        Document foreword = site.page("matter_foreword/index.html");
        assertThat(foreword.select("article h1").text()).isEqualTo("Voorwoord");
        assertThat(foreword.select("article .body p")).isNotEmpty();
        assertThat(site.page("matter_about-the-author/index.html").select("article .body").text())
                .contains("Wim Aalbers");
        // Printed alone or made for print: not pages of the site.
        assertThat(site.file("matter_dedication")).doesNotExist();
        assertThat(site.file("matter_colophon")).doesNotExist();
    }

    @Test
    void thePartsAreListedInTheBooksOrderEachWithItsColumns() {
        Document first = site.page("part_1/index.html");
        assertThat(first.select("h1").text()).isEqualTo("Onderweg en op kantoor");
        assertThat(first.select(".part-intro p")).isNotEmpty();
        assertThat(first.select(".entry-title a").eachAttr("href")).containsExactly(
                "../2024-01-12-de-trein-van-zeven-over-acht/index.html",
                "../2024-03-08-vergaderen-in-de-polder/index.html");
        assertThat(site.page("part_2/index.html").select(".entry-title a").eachText())
                .containsExactly("Niet zo commercieel correct graag", "The quiet shop");
    }

    @Test
    void everyPagePassesTheCheckersAndEveryLinkOpensFromTheDisk() {
        SiteReport report = SiteChecks.on(site.root).fromDisk()
                .axe("index.html", "2024-05-17-the-quiet-shop/index.html").run();
        assertThat(report.problems()).as(report.toString()).isEmpty();
        assertThat(report.feed().orElseThrow().entries()).hasSize(book.columns().size());
        report.assumeAllRan();
    }

    @Test
    void booksWithEveryKindOfBlockAndHostileTextPassTheCheckersToo() {
        // Tables, code, a captioned image, a numbered list from 3, a null character, markup in titles and
        // text, a javascript: link (edge cases); a Hugo blog's WebP images, shortcodes and tags.
        for (Book other : List.of(TestBooks.edgeCases(out.resolve("edge-book")),
                TestBooks.hugoBlog(out.resolve("hugo-book")).read())) {
            WebSite otherSite = WebSite.render(other, out.resolve("other-" + other.columns().get(0).id()));
            SiteReport report = SiteChecks.on(otherSite.root).fromDisk().run();
            assertThat(report.problems()).as(report.toString()).isEmpty();
            assertThat(report.feed().orElseThrow().entries()).hasSize(other.columns().size());
        }
    }

    @Test
    void aPublishedSitePassesTooWithItsAbsoluteLinks() {
        WebSite published = WebSite.render(book, out.resolve("published"), Map.of("site-url", SITE_URL),
                Handoffs.none());
        SiteReport report = SiteChecks.on(published.root).fromDisk().siteUrl(SITE_URL).run();
        assertThat(report.problems()).as(report.toString()).isEmpty();
        assertThat(report.feed().orElseThrow().entries()).hasSize(book.columns().size());
    }
}
