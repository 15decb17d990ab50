package org.columnpress.render.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Book;
import org.columnpress.core.render.Handoff;
import org.columnpress.core.render.Handoffs;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** A small Dutch book with one English column, tags, notes, a bio and hostile links, as its site's reader sees it. */
class WebRendererTest {

    @TempDir
    static Path dir;

    static Book book;
    static WebSite site;

    @BeforeAll
    static void render() {
        book = TestBooks.folder(dir.resolve("book"), """
                title: Het boek
                author: Anna de Vries
                language: nl
                description: Columns over van alles.
                rights: © 2024 Anna de Vries
                """)
                .write("columns/1-een.md", """
                        ---
                        title: Een
                        subtitle: De eerste
                        date: 2023-02-01
                        source: De Krant
                        tags: [Werk, Café]
                        bio: Anna de Vries schrijft *elke week*.
                        copyright: © Anna de Vries 2023
                        ---

                        Eerste alinea met een noot[^1] en [een link](https://example.org/) en
                        [een list](javascript:alert(1)) en <script>alert(2)</script> <a href="javascript:alert(3)" onclick="alert(4)">klik</a> <iframe src="https://example.org/"></iframe>.

                        [^1]: De noot.
                        """)
                .write("columns/2-two.md", """
                        ---
                        title: Two
                        date: 2024-05-01
                        language: en
                        tags: [werk]
                        ---

                        An English column.
                        """)
                .write("columns/3-drie.md", """
                        ---
                        title: Drie
                        date: 2024-01-10
                        ---

                        Januari.
                        """)
                .write("columns/4-vier.md", """
                        ---
                        title: Vier
                        ---

                        Zonder datum.
                        """)
                .read();
        site = WebSite.render(book, dir.resolve("out"));
    }

    @Test
    void aColumnsPageHasItsOpenerBodyNotesBioAndCopyrightLine() {
        Document page = site.page("1-een/index.html");
        assertThat(page.select("html").attr("lang")).isEqualTo("nl");
        assertThat(page.title()).isEqualTo("Een – Het boek");
        Element article = page.selectFirst("main article");
        assertThat(article.select("h1").text()).isEqualTo("Een");
        assertThat(article.select(".subtitle").text()).isEqualTo("De eerste");
        assertThat(article.select(".byline").text()).isEqualTo("Door Anna de Vries");
        assertThat(article.select(".dateline").text()).isEqualTo("De Krant, 1 februari 2023");
        assertThat(article.select(".body p").first().text()).startsWith("Eerste alinea met een noot1");
        assertThat(article.select(".bio").text()).isEqualTo("Anna de Vries schrijft elke week.");
        assertThat(article.select(".bio em").text()).isEqualTo("elke week");
        assertThat(article.select(".copyright").text()).isEqualTo("© Anna de Vries 2023");
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("De eerste");
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("Een – Het boek");
    }

    @Test
    void footnotesAreLinkedBothWays() {
        Document page = site.page("1-een/index.html");
        Element ref = page.selectFirst("a.noteref");
        assertThat(ref.attr("href")).isEqualTo("#fn-1");
        Element note = page.getElementById("fn-1");
        assertThat(note.text()).contains("De noot.");
        assertThat(note.selectFirst("a[role=doc-backlink]").attr("href")).isEqualTo("#" + ref.id());
        assertThat(page.select(".notes h2").text()).isEqualTo("Noten");
    }

    @Test
    void previousAndNextFollowTheBooksOrder() {
        List<String> ids = book.columns().stream().map(column -> column.id()).toList();
        assertThat(ids).hasSize(4);
        for (int i = 0; i < ids.size(); i++) {
            Document page = site.page(ids.get(i) + "/index.html");
            assertThat(page.select("a[rel=prev]").eachAttr("href"))
                    .containsExactlyElementsOf(i == 0 ? List.of() : List.of("../" + ids.get(i - 1) + "/index.html"));
            assertThat(page.select("a[rel=next]").eachAttr("href"))
                    .containsExactlyElementsOf(i == 3 ? List.of() : List.of("../" + ids.get(i + 1) + "/index.html"));
        }
        Document first = site.page(ids.get(0) + "/index.html");
        assertThat(first.select("a[rel=next]").text()).isEqualTo("Volgende " + book.columns().get(1).title());
    }

    @Test
    void aColumnInAnotherLanguageSaysSoAndUsesItsOwnWords() {
        Document page = site.page("2-two/index.html");
        Element article = page.selectFirst("main article");
        assertThat(article.attr("lang")).isEqualTo("en");
        assertThat(article.select(".byline").text()).isEqualTo("By Anna de Vries");
        assertThat(article.select(".dateline").text()).isEqualTo("May 1, 2024");
        assertThat(site.page("1-een/index.html").selectFirst("main article").hasAttr("lang")).isFalse();
        assertThat(site.page("index.html").select("li.entry[lang=en] a").text()).isEqualTo("Two");
    }

    @Test
    void theIndexGroupsTheColumnsByYearNewestFirst() {
        Document index = site.page("index.html");
        assertThat(index.select("section.year h2").eachText()).containsExactly("2024", "2023", "Zonder datum");
        assertThat(index.select("section.year").get(0).select(".entry-title a").eachText())
                .containsExactly("Two", "Drie");
        assertThat(index.select(".entry-title a").eachAttr("href"))
                .containsExactly("2-two/index.html", "3-drie/index.html", "1-een/index.html", "4-vier/index.html");
        assertThat(index.select("header.book .description").text()).isEqualTo("Columns over van alles.");
        assertThat(index.select("meta[name=description]").attr("content")).isEqualTo("Columns over van alles.");
    }

    @Test
    void eachTagHasAPageOfItsColumnsNewestFirst() {
        assertThat(site.page("index.html").select("nav.tags a").eachAttr("href"))
                .containsExactly("tags/cafe/index.html", "tags/werk/index.html");
        Document werk = site.page("tags/werk/index.html");
        assertThat(werk.select("h1").text()).isEqualTo("Werk");
        assertThat(werk.select(".entry-title a").eachAttr("href"))
                .containsExactly("../../2-two/index.html", "../../1-een/index.html");
        assertThat(werk.select("link[rel=stylesheet]").attr("href")).isEqualTo("../../style.css");
        assertThat(site.page("1-een/index.html").select("article nav.tags a").eachAttr("href"))
                .containsExactly("../tags/werk/index.html", "../tags/cafe/index.html");
    }

    @Test
    void hostileInputIsRenderedHarmless() {
        for (String page : List.of("1-een/index.html", "feed.xml")) {
            String text = site.text(page);
            assertThat(text).doesNotContain("<script", "javascript:", "onclick", "<iframe");
        }
        Document page = site.page("1-een/index.html");
        assertThat(page.select("script, iframe, object, embed")).isEmpty();
        assertThat(page.select(".body a").eachAttr("href")).containsExactly("#fn-1", "https://example.org/");
        assertThat(page.select(".body").text()).contains("een list");
    }

    @Test
    void withoutColumnPdfsThereIsNoPdfLink() {
        assertThat(site.page("1-een/index.html").select("p.pdf")).isEmpty();
        assertThat(site.file("1-een/1-een.pdf")).doesNotExist();
    }

    @Test
    void theColumnPdfsTheBuildMakesAreCopiedAndLinkedInTheColumnsLanguage() throws IOException {
        Path pdf = Files.writeString(dir.resolve("made-by-the-pdf-renderer.pdf"), "%PDF-1.7 not really");
        Handoff<Map<String, Path>> pdfs = Handoff.awaiting();
        pdfs.offer(Map.of("1-een", pdf, "2-two", pdf));
        WebSite withPdfs = WebSite.render(book, dir.resolve("out-pdfs"), Map.of(), new Handoffs(Handoff.none(), pdfs));
        Element link = withPdfs.page("1-een/index.html").selectFirst("article p.pdf a");
        assertThat(link.text()).isEqualTo("PDF-versie");
        assertThat(link.attr("href")).isEqualTo("1-een.pdf");
        assertThat(withPdfs.file("1-een/1-een.pdf")).hasSameBinaryContentAs(pdf);
        assertThat(withPdfs.page("2-two/index.html").select("article p.pdf a").text()).isEqualTo("PDF version");
        assertThat(withPdfs.page("3-drie/index.html").select("p.pdf")).isEmpty();
        assertThat(withPdfs.files).anyMatch(file -> file.path().equals(withPdfs.file("1-een/1-een.pdf")));
    }

    @Test
    void theFeedHasEveryColumnWithItsFullText() throws Exception {
        org.w3c.dom.Document feed = xml(site.file("feed.xml"));
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(4);
        org.w3c.dom.Element first = (org.w3c.dom.Element) entries.item(0);
        assertThat(text(first, "title")).isEqualTo("Two");
        assertThat(text(first, "updated")).isEqualTo("2024-05-01T00:00:00Z");
        assertThat(first.getAttribute("xml:lang")).isEqualTo("en");
        org.w3c.dom.Element een = (org.w3c.dom.Element) entries.item(2);
        assertThat(text(een, "content"))
                .contains("Eerste alinea", "De noot.", "schrijft elke week", "© Anna de Vries 2023");
        assertThat(text(feed.getDocumentElement(), "updated")).isEqualTo(TestBooks.TIMESTAMP.toString());
    }

    @Test
    void withoutASiteUrlLinksAreRelativeAndThereIsNoSitemap() {
        assertThat(site.file("sitemap.xml")).doesNotExist();
        Document page = site.page("1-een/index.html");
        assertThat(page.select("link[rel=canonical], meta[property=og:url], meta[property=og:image]")).isEmpty();
        assertThat(page.select("link[rel=alternate]").attr("href")).isEqualTo("../feed.xml");
        assertThat(page.select("[href^=/], [src^=/], [href*=://]:not(.body a)")).isEmpty();
    }

    @Test
    void withASiteUrlThePagesHaveCanonicalLinksAndTheSiteASitemap() throws Exception {
        WebSite published = WebSite.render(book, dir.resolve("out-published"),
                Map.of("site-url", "https://example.org/boek"), Handoffs.none());
        Document page = published.page("1-een/index.html");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/boek/1-een/");
        assertThat(page.select("link[rel=alternate]").attr("href")).isEqualTo("https://example.org/boek/feed.xml");
        NodeList locs = xml(published.file("sitemap.xml")).getElementsByTagName("loc");
        assertThat(locs.getLength()).isEqualTo(1 + 4 + 2);
        assertThat(locs.item(0).getTextContent()).isEqualTo("https://example.org/boek/");
        assertThat(locs.item(1).getTextContent()).isEqualTo("https://example.org/boek/1-een/");
    }

    @Test
    void anAboutTheAuthorPageShowsThePhotoNamingWhoItShows() {
        Book portrait = TestBooks.folder(dir.resolve("portrait"), "title: Portret\nauthor: Anna de Vries\nlanguage: nl\n")
                .png("images/anna.png")
                .write("columns/een.md", "---\ntitle: Een\n---\n\nTekst.\n")
                .write("back/over.md", "---\nkind: about-the-author\nphoto: ../images/anna.png\n---\nAnna schrijft.\n")
                .read();
        WebSite published = WebSite.render(portrait, dir.resolve("out-portrait"));
        Document page = published.page("matter_about-the-author/index.html");
        Element photo = page.selectFirst("article figure.author-photo img");
        assertThat(photo).as("the photo on %s", page.select("article").outerHtml()).isNotNull();
        assertThat(photo.attr("alt")).isEqualTo("Anna de Vries");
        assertThat(photo.attr("width")).isNotEmpty();
        assertThat(published.file("matter_about-the-author/" + photo.attr("src"))).exists();
        assertThat(page.select("article .body").text()).isEqualTo("Anna schrijft.");
        org.columnpress.render.web.check.SiteReport report =
                org.columnpress.render.web.check.SiteChecks.on(published.root).fromDisk().run();
        assertThat(report.problems()).as(report.toString()).isEmpty();
    }

    @Test
    void aTagInAnotherScriptKeepsItsLettersAndItsAddressIsEncoded() throws Exception {
        Book japanese = TestBooks.folder(dir.resolve("japanese"), "title: Reizen\nauthor: A\nlanguage: nl\n")
                .write("columns/tokio.md", """
                        ---
                        title: Tokio
                        date: 2024-04-01
                        tags: [日本, Café]
                        ---

                        Tekst.
                        """)
                .read();
        WebSite published = WebSite.render(japanese, dir.resolve("out-japanese"),
                Map.of("site-url", "https://example.org/"), Handoffs.none());
        assertThat(published.file("tags/日本/index.html")).exists();
        assertThat(published.page("tags/日本/index.html").select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/tags/%E6%97%A5%E6%9C%AC/");
        NodeList locs = xml(published.file("sitemap.xml")).getElementsByTagName("loc");
        assertThat(locs.item(locs.getLength() - 1).getTextContent())
                .isEqualTo("https://example.org/tags/%E6%97%A5%E6%9C%AC/");
    }

    @Test
    void aWrongSettingIsRefusedNamingItAndWhatIsRight() {
        assertThatThrownBy(() -> new WebRendererFactory().create(TestBooks.options(Map.of("site-ur", "x"),
                new RecordingReporter()))).hasMessage("Unknown web setting 'site-ur'. Known settings: site-url.");
        assertThatThrownBy(() -> new WebRendererFactory().create(TestBooks.options(
                Map.of("site-url", "example.org/boek"), new RecordingReporter())))
                .hasMessage("Setting 'web.site-url' must be the site's address, such as https://example.org/columns/,"
                        + " not 'example.org/boek'.");
    }

    @Test
    void theSameBookGivesTheSameBytes() throws IOException {
        WebSite again = WebSite.render(book, dir.resolve("out-again"));
        List<Path> files = files(site.root);
        assertThat(files).isEqualTo(files(again.root));
        for (Path file : files) {
            assertThat(again.root.resolve(file)).as(file.toString()).hasSameBinaryContentAs(site.root.resolve(file));
        }
        assertThat(site.files).hasSameSizeAs(files);
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    static org.w3c.dom.Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static String text(org.w3c.dom.Element parent, String name) {
        return parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).item(0).getTextContent();
    }
}
