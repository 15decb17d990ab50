package org.columnpress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.IndexTerm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The index in the EPUB (issue 15): a Dutch book with two parts, a foreword and an about-the-author page, a
 * column so long that it is cut into several documents, notes, an English column and a "see also", rendered
 * once and read back as a reading system would follow its links. Kept in target/test-epubs/index.
 */
class IndexEpubTest {

    private static final String ROOT = "OEBPS/";
    private static final String INDEX = ROOT + "text/index.xhtml";
    private static final String NAV = ROOT + "text/nav.xhtml";
    private static final String OPF = ROOT + "content.opf";

    static Book book;
    static EpubContents epub;
    static List<String> problems;

    @BeforeAll
    static void renderAndCheck() throws Exception {
        Path out = Path.of("target", "test-epubs", "index").toAbsolutePath();
        Files.createDirectories(out);
        Files.deleteIfExists(out.resolve("book.epub"));
        book = indexedBook(out.resolve("book")).read();
        Path file = EpubBooksTest.render(book, Map.of(), out);
        epub = new EpubContents(file);
        problems = EpubChecker.problems(file);
    }

    /**
     * Four columns in two parts: a very long one naming Amersfoort and the train in every paragraph and Zwolle
     * in a note, one naming Rutte three times, an English one about IJmuiden, one naming places; Utrecht in
     * the foreword, Zwolle on the about-the-author page, a term that occurs nowhere.
     */
    static TestBooks.Folder indexedBook(Path dir) {
        TestBooks.Folder folder = TestBooks.folder(dir, """
                title: Het register
                author: Wim Aalbers
                language: nl
                publisher: Uitgeverij De Kade
                parts:
                  - title: Onderweg
                    columns: [01-reis.md, 02-haag.md]
                  - title: Thuis
                    columns: [03-harbour.md, 04-thuis.md]
                index:
                  - term: Rutte, Mark
                    find: [Rutte]
                  - term: spoorwegen
                    find: [trein, treinen]
                    see-also: [Amersfoort, Zwolle]
                  - term: Amersfoort
                  - term: IJmuiden
                  - term: Utrecht
                  - term: Zwolle
                  - term: Nergenshuizen
                """);
        StringBuilder long_ = new StringBuilder(front("Een lange reis", "2024-01-05", "nl"));
        for (int i = 0; i < 480; i++) {
            if (i % 60 == 0) {
                long_.append("## Week ").append(i / 60 + 1).append("\n\n");
            }
            long_.append("In Amersfoort wachtte ik op de trein. ").append(("Het was een ochtend van die lange winter, "
                    + "met een boek dat ik niet las en een koffie die te heet was om te drinken. ").repeat(4))
                    .append("Alinea ").append(i).append('.');
            long_.append(i == 479 ? "[^1]\n\n" : "\n\n");
        }
        long_.append("[^1]: Later woonde ik in Zwolle.\n");
        folder.write("columns/01-reis.md", long_.toString());
        folder.write("columns/02-haag.md", front("Het Binnenhof", "2024-02-05", "nl")
                + "Rutte kwam binnen, Rutte ging weer weg, en wie Rutte zocht vond een lege gang.\n");
        folder.write("columns/03-harbour.md", front("The harbour", "2024-03-05", "en")
                + "In IJmuiden the ships come in slowly. I took the trein back, as the Dutch say.\n");
        folder.write("columns/04-thuis.md", front("Weer thuis", "2024-04-05", "nl")
                + "Thuis in Zwolle dacht ik aan Amersfoort en aan de treinen van toen.\n");
        folder.write("front/voorwoord.md", "---\nkind: foreword\nauthor: Anne Verhoef\n---\n"
                + "Deze columns schreef Wim in de trein naar Utrecht.\n");
        folder.write("back/over.md", "---\nkind: about-the-author\ntitle: Over de auteur\n---\n"
                + "Wim Aalbers woont in Zwolle.\n");
        return folder;
    }

    private static String front(String title, String date, String language) {
        return "---\ntitle: " + title + "\ndate: " + date + "\nsource: De Krant\nlanguage: " + language + "\n---\n\n";
    }

    @Test
    void epubcheckFindsNoErrorsOrWarnings() {
        assertThat(problems).isEmpty();
    }

    @Test
    void theIndexStandsAfterTheSourcesPageAndBeforeAboutTheAuthorInTheSpineContentsAndLandmarks() {
        List<String> spine = epub.select(OPF, "//*[local-name()='itemref']/@idref");
        assertThat(spine).containsSubsequence("sources", "index", "matter_about-the-author");
        assertThat(spine.indexOf("index")).isEqualTo(spine.indexOf("sources") + 1);
        assertThat(epub.select(NAV, "//*[local-name()='nav'][@id='toc']//*[local-name()='a']/@href"))
                .containsSubsequence("sources.xhtml", "index.xhtml", "about-the-author.xhtml");
        assertThat(epub.select(NAV, "//*[local-name()='nav'][@id='toc']//*[local-name()='a'][@href='index.xhtml']"))
                .containsExactly("Register");
        assertThat(epub.select(NAV, "//*[local-name()='nav'][not(@id)]//*[local-name()='a'][@*[local-name()='type']"
                + "='index']/@href")).containsExactly("index.xhtml");
        assertThat(epub.select(ROOT + "toc.ncx", "//*[local-name()='content']/@src")).contains("text/index.xhtml");
    }

    @Test
    void theIndexListsBookIndexsTermsInCoresOrderUnderTheirGroupsLeavingOutATermFoundNowhere() {
        List<String> listed = book.index().stream().filter(t -> !t.term().equals("Nergenshuizen"))
                .map(IndexTerm::term).toList();
        assertThat(book.index()).extracting(IndexTerm::term).contains("Nergenshuizen");
        assertThat(epub.select(INDEX, "//*[@*[local-name()='type']='index-entry']/*[@*[local-name()='type']"
                + "='index-term']")).containsExactlyElementsOf(listed);
        assertThat(epub.select(INDEX, "//*[@*[local-name()='type']='index-group']/*[local-name()='h2']"))
                .containsExactly("A", "IJ", "R", "S", "U", "Z");
        assertThat(epub.select(INDEX, "//*[local-name()='h1']")).containsExactly("Register");
    }

    @Test
    void eachTermLinksToEachOfItsOccurrencesInReadingOrderNumberedOneTwoThree() {
        for (IndexTerm term : book.index()) {
            List<String> hrefs = epub.select(INDEX, "//*[@id='" + term.id() + "']//*[@*[local-name()='type']"
                    + "='index-locator']/@href");
            assertThat(hrefs).as(term.term()).extracting(href -> href.substring(href.indexOf('#') + 1))
                    .containsExactlyElementsOf(term.occurrences().stream().map(IndexTerm.Occurrence::id).toList());
            List<String> numbers = new ArrayList<>();
            for (int i = 1; i <= hrefs.size(); i++) {
                numbers.add(Integer.toString(i));
            }
            assertThat(epub.select(INDEX, "//*[@id='" + term.id() + "']//*[@*[local-name()='type']"
                    + "='index-locator']")).as(term.term()).containsExactlyElementsOf(numbers);
        }
    }

    @Test
    void everyIndexLinkLandsOnAnElementWithThatIdInTheLinkedDocumentOfALongColumnToo() throws Exception {
        List<String> hrefs = epub.select(INDEX, "//*[@*[local-name()='type']='index-locator']/@href");
        assertThat(hrefs).hasSize(book.index().stream().mapToInt(t -> t.occurrences().size()).sum());
        List<String> documents = new ArrayList<>();
        for (String href : hrefs) {
            String document = ROOT + "text/" + href.substring(0, href.indexOf('#'));
            String id = href.substring(href.indexOf('#') + 1);
            assertThat(epub.entries).as(href).containsKey(document);
            assertThat(epub.select(document, "//*[@id='" + id + "']")).as(href).hasSize(1);
            documents.add(document);
        }
        assertThat(documents.stream().distinct()).as("the long column's parts, its note in the last, the matter")
                .contains(ROOT + "text/column-0001.xhtml", ROOT + "text/column-0001-2.xhtml",
                        ROOT + "text/foreword.xhtml", ROOT + "text/about-the-author.xhtml");
    }

    @Test
    void aSeeAlsoNamesTheOtherTermsAndLinksToTheirEntries() throws Exception {
        String xpath = "//*[@*[local-name()='type']='index-xref-related']";
        assertThat(epub.select(INDEX, xpath)).containsExactly("zie ook Amersfoort; Zwolle");
        Document index = epub.xml(INDEX);
        NodeList links = (NodeList) XPathFactory.newInstance().newXPath()
                .evaluate(xpath + "//*[local-name()='a']", index, XPathConstants.NODESET);
        assertThat(links.getLength()).isEqualTo(2);
        for (int i = 0; i < links.getLength(); i++) {
            String target = ((Element) links.item(i)).getAttribute("href").substring(1);
            assertThat(epub.select(INDEX, "//*[@id='" + target + "']/*[@*[local-name()='type']='index-term']"))
                    .containsExactly(links.item(i).getTextContent());
        }
    }

    @Test
    void eachLinksTitleNamesTheColumnOrMatterItLeadsTo() {
        assertThat(epub.select(INDEX, "//*[@id='" + term("Utrecht").id() + "']//*[local-name()='a']/@title"))
                .containsExactly("Voorwoord");
        assertThat(epub.select(INDEX, "//*[@id='" + term("Rutte, Mark").id() + "']//*[local-name()='a']/@title"))
                .containsExactly("Het Binnenhof", "Het Binnenhof", "Het Binnenhof");
    }

    @Test
    void theBookClaimsEpubAccessibilityWithItsPublisherAsCertifierAndNamesItsIndexButNoPrintPages() {
        String meta = "//*[local-name()='meta'][@property='%s']";
        assertThat(epub.select(OPF, meta.formatted("dcterms:conformsTo")))
                .containsExactly("EPUB Accessibility 1.1 - WCAG 2.1 Level AA");
        assertThat(epub.select(OPF, meta.formatted("a11y:certifiedBy"))).containsExactly("Uitgeverij De Kade");
        assertThat(epub.select(OPF, meta.formatted("schema:accessibilityFeature"))).contains("index")
                .doesNotContain("printPageNumbers", "pageNavigation", "pageBreakMarkers");
        assertThat(epub.select(OPF, meta.formatted("pageBreakSource"))).isEmpty();
        assertThat(epub.select(OPF, meta.formatted("schema:accessibilitySummary"))).singleElement().asString()
                .startsWith("This publication meets EPUB Accessibility 1.1 and WCAG 2.1 Level AA.")
                .contains("an index").doesNotContain("page");
        assertThat(epub.select(NAV, "//*[local-name()='nav'][@*[local-name()='type']='page-list']")).isEmpty();
    }

    private static IndexTerm term(String printed) {
        return book.index().stream().filter(t -> t.term().equals(printed)).findFirst().orElseThrow();
    }
}
