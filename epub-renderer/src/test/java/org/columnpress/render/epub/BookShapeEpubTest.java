package org.columnpress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Inline;
import org.columnpress.core.model.Label;
import org.columnpress.core.model.Matter;
import org.columnpress.core.model.Matter.Kind;
import org.columnpress.core.model.Part;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The anthology's shape (issue 14) in the EPUB: a book with two parts and every kind of front and back
 * matter, rendered once and checked by epubcheck; kept in target/test-epubs/shaped for a person to open.
 */
class BookShapeEpubTest {

    private static final String OPF = "OEBPS/content.opf";
    private static final String NAV = "OEBPS/text/nav.xhtml";

    static Book book;
    static EpubContents epub;
    static List<String> problems;

    @BeforeAll
    static void renderAndCheck() throws Exception {
        Path out = Path.of("target", "test-epubs", "shaped").toAbsolutePath();
        Files.createDirectories(out);
        Files.deleteIfExists(out.resolve("book.epub"));
        book = shaped(Files.createDirectories(out.resolve("book")), true);
        Path file = EpubBooksTest.render(book, Map.of("embed-fonts", "true"), out);
        epub = new EpubContents(file);
        problems = EpubChecker.problems(file);
    }

    /**
     * Three Dutch columns in two parts (the first with an introduction), a cover, and every kind of matter:
     * a generated half-title and colophon, acknowledgements at the front ({@code atFront}) or the back.
     */
    static Book shaped(Path dir, boolean acknowledgementsAtFront) {
        TestBooks.Folder folder = TestBooks.folder(dir).image("images/cover.jpg", "jpg")
                .image("images/bruggen.png", "png")
                .writeBytes("images/author.jpg", TestBooks.photo(240, 320, "jpg", 14));
        Book plain = TestBooks.threeColumns(dir).withCover(Optional.of(folder.path("images/cover.jpg")));
        List<String> ids = plain.columns().stream().map(Column::id).toList();
        List<Part> parts = List.of(
                new Part(Part.idOf(1), 1, plain.labels().partNumber(1), "Werk",
                        List.of(TestBooks.paragraph("Columns over het werk zelf: bruggen, water en vuur."),
                                new Block.BlockQuote(List.of(new Block.Image(folder.path("images/bruggen.png"),
                                        "Een staafdiagram van bruggen per jaar", "")))),
                        Optional.of(dir.resolve("parts/werk.md")), ids.subList(0, 2)),
                new Part(Part.idOf(2), 2, plain.labels().partNumber(2), "Klanten", List.of(), Optional.empty(),
                        ids.subList(2, 3)));
        List<Matter> front = new ArrayList<>(List.of(
                generated(Kind.HALF_TITLE, Optional.empty()),
                matter(dir, Kind.DEDICATION, Optional.empty(), List.of(), "Voor Anna, die alles las."),
                matter(dir, Kind.EPIGRAPH, Optional.empty(), List.of("Multatuli"),
                        "Het ambt van de mens is mens te zijn."),
                matter(dir, Kind.FOREWORD, Optional.of("Voorwoord"), List.of("Jan Jansen"),
                        "Wim schreef elke week, twintig jaar lang."),
                matter(dir, Kind.PREFACE, Optional.of("Woord vooraf"), List.of(), "Over deze bundel."),
                matter(dir, Kind.INTRODUCTION, Optional.of("Inleiding"), List.of(), "Hoe het begon.")));
        Matter thanks = matter(dir, Kind.ACKNOWLEDGEMENTS, Optional.of("Dankwoord"), List.of(),
                "Dank aan de redactie.");
        List<Matter> back = new ArrayList<>(List.of(
                matter(dir, Kind.AFTERWORD, Optional.of("Nawoord"), List.of(), "Tot slot.")));
        (acknowledgementsAtFront ? front : back).add(thanks);
        Matter about = new Matter(Kind.ABOUT_THE_AUTHOR, Matter.idOf(Kind.ABOUT_THE_AUTHOR),
                Optional.of("Over de auteur"), List.of("Wim Aalbers"),
                List.of(TestBooks.paragraph("Wim Aalbers (1960) schrijft columns over ondernemen.")),
                Optional.of(folder.path("images/author.jpg")), Optional.of(dir.resolve("back/auteur.md")), "nl");
        back.addAll(List.of(about,
                new Matter(Kind.ALSO_BY, Matter.idOf(Kind.ALSO_BY), Optional.of("Van dezelfde auteur"), List.of(),
                        List.of(TestBooks.p(new Inline.Emphasis(List.of(new Inline.Text("Beweging in de zaak")))),
                                TestBooks.paragraph("Klanten en kansen")),
                        Optional.empty(), Optional.of(dir.resolve("back/ook.md")), "nl"),
                generated(Kind.COLOPHON, Optional.of("Colofon"))));
        return plain.withShape(front, parts, back);
    }

    private static Matter matter(Path dir, Kind kind, Optional<String> title, List<String> authors, String text) {
        return new Matter(kind, Matter.idOf(kind), title, authors, List.of(TestBooks.paragraph(text)),
                Optional.empty(), Optional.of(dir.resolve("front/" + kind.key() + ".md")), "nl");
    }

    private static Matter generated(Kind kind, Optional<String> title) {
        return new Matter(kind, Matter.idOf(kind), title, List.of(), List.<Block>of(), Optional.empty(),
                Optional.empty(), "nl");
    }

    @Test
    void epubcheckFindsNoErrorsOrWarnings() {
        assertThat(problems).isEmpty();
    }

    @Test
    void theSpineFollowsThePrintOrder() {
        assertThat(epub.select(OPF, "//*[local-name()='itemref']/@idref")).containsExactly(
                "cover", "matter_half-title", "titlepage", "copyright", "matter_dedication", "matter_epigraph",
                "nav", "matter_foreword", "matter_preface", "matter_introduction", "matter_acknowledgements",
                "part_1", "column-0001", "column-0002", "part_2", "column-0003",
                "matter_afterword", "sources", "matter_about-the-author", "matter_also-by", "matter_colophon");
    }

    @Test
    void acknowledgementsAtTheBackStandBeforeTheSources() throws Exception {
        Path dir = Path.of("target", "test-epubs", "shaped-back").toAbsolutePath();
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve("book.epub"));
        Path file = EpubBooksTest.render(shaped(Files.createDirectories(dir.resolve("book")), false), Map.of(), dir);
        EpubContents back = new EpubContents(file);
        assertThat(back.select(OPF, "//*[local-name()='itemref']/@idref")).containsSubsequence(
                "nav", "matter_foreword", "matter_preface", "matter_introduction", "part_1")
                .containsSubsequence("column-0003", "matter_afterword", "matter_acknowledgements", "sources",
                        "matter_about-the-author")
                .doesNotContainSequence("matter_introduction", "matter_acknowledgements");
        assertThat(back.select("OEBPS/text/acknowledgements.xhtml", "/*/*[local-name()='body']/@*[local-name()='type']"))
                .containsExactly("backmatter");
        assertThat(back.bodyText("OEBPS/text/colophon.xhtml")).as("no typeface named when none is embedded")
                .contains("Gemaakt met Columnpress.").doesNotContain("Gezet uit");
    }

    @Test
    void eachKindOfMatterHasItsStructuralSemanticsAndRole() {
        Map<String, List<String>> expected = Map.ofEntries(
                Map.entry("half-title", List.of("frontmatter", "halftitlepage", "")),
                Map.entry("dedication", List.of("frontmatter", "dedication", "doc-dedication")),
                Map.entry("epigraph", List.of("frontmatter", "epigraph", "doc-epigraph")),
                Map.entry("foreword", List.of("frontmatter", "foreword", "doc-foreword")),
                Map.entry("preface", List.of("frontmatter", "preface", "doc-preface")),
                Map.entry("introduction", List.of("frontmatter", "introduction", "doc-introduction")),
                Map.entry("acknowledgements", List.of("frontmatter", "acknowledgments", "doc-acknowledgments")),
                Map.entry("afterword", List.of("backmatter", "afterword", "doc-afterword")),
                Map.entry("about-the-author", List.of("backmatter", "", "")),
                Map.entry("also-by", List.of("backmatter", "", "")),
                Map.entry("colophon", List.of("backmatter", "colophon", "doc-colophon")),
                Map.entry("part-01", List.of("bodymatter", "part", "doc-part")),
                Map.entry("part-02", List.of("bodymatter", "part", "doc-part")),
                Map.entry("column-0001", List.of("bodymatter", "chapter", "doc-chapter")),
                Map.entry("titlepage", List.of("frontmatter", "titlepage", "")),
                Map.entry("copyright", List.of("frontmatter", "copyright-page", "")),
                Map.entry("sources", List.of("backmatter", "appendix", "doc-appendix")));
        expected.forEach((name, semantics) -> {
            String doc = "OEBPS/text/" + name + ".xhtml";
            assertThat(List.of(
                    String.join(" ", epub.select(doc, "/*/*[local-name()='body']/@*[local-name()='type']")),
                    String.join(" ", epub.select(doc, "//*[local-name()='section']/@*[local-name()='type']")),
                    String.join(" ", epub.select(doc, "//*[local-name()='section']/@role"))))
                    .as(name).isEqualTo(semantics);
        });
    }

    @Test
    void theContentsNestTheColumnsUnderTheirPartsAndListTheMatterWithHeadings() {
        String toc = "//*[local-name()='nav'][@*[local-name()='type']='toc']";
        assertThat(epub.select(NAV, toc + "/*[local-name()='ol']/*[local-name()='li']/*[local-name()='a']"))
                .containsExactly("Voorwoord", "Woord vooraf", "Inleiding", "Dankwoord", "Eerste deel: Werk",
                        "Tweede deel: Klanten", "Nawoord", "Verantwoording", "Over de auteur",
                        "Van dezelfde auteur", "Colofon");
        String part = toc + "/*[local-name()='ol']/*[local-name()='li'][a[contains(., '%s')]]"
                .replace("a[", "*[local-name()='a' and ");
        assertThat(epub.select(NAV, part.formatted("Werk") + "/*[local-name()='ol']//*[local-name()='a']"))
                .containsExactly("De brug bij Zwolle", "Water en vuur");
        assertThat(epub.select(NAV, part.formatted("Klanten") + "/*[local-name()='ol']//*[local-name()='a']/@href"))
                .containsExactly("column-0003.xhtml");

        String ncxPart = "/*/*[local-name()='navMap']/*[local-name()='navPoint']";
        assertThat(epub.select("OEBPS/toc.ncx", ncxPart + "/*[local-name()='navLabel']")).map(String::strip)
                .containsExactly("Voorwoord", "Woord vooraf", "Inleiding", "Dankwoord", "Eerste deel: Werk",
                        "Tweede deel: Klanten", "Nawoord", "Verantwoording", "Over de auteur",
                        "Van dezelfde auteur", "Colofon");
        assertThat(epub.select("OEBPS/toc.ncx", ncxPart + "[5]/*[local-name()='navPoint']/*[local-name()='navLabel']"))
                .map(String::strip).containsExactly("De brug bij Zwolle", "Water en vuur");
        assertThat(epub.select("OEBPS/toc.ncx", ncxPart + "[5]/*[local-name()='navPoint']/*[local-name()='content']/@src"))
                .containsExactly("text/column-0001.xhtml", "text/column-0002.xhtml");
    }

    @Test
    void theLandmarksPointAtTheCoverTheContentsTheFirstPartAndTheBackMatter() {
        String landmarks = "//*[local-name()='nav'][@*[local-name()='type']='landmarks']//*[local-name()='a']";
        assertThat(epub.select(NAV, landmarks + "/@*[local-name()='type']"))
                .containsExactly("cover", "titlepage", "copyright-page", "toc", "bodymatter", "backmatter");
        assertThat(epub.select(NAV, landmarks + "[@*[local-name()='type']='bodymatter']/@href"))
                .containsExactly("part-01.xhtml");
        assertThat(epub.select(NAV, landmarks + "[@*[local-name()='type']='bodymatter']"))
                .containsExactly(book.labels().get(Label.START));
        assertThat(epub.select(NAV, landmarks + "[@*[local-name()='type']='backmatter']/@href"))
                .containsExactly("afterword.xhtml");
    }

    @Test
    void aPartPageHasItsNumberInWordsItsTitleAndItsIntroduction() {
        String blocks = "//*[local-name()='section']//*[local-name()='p' or local-name()='h1']";
        assertThat(epub.select("OEBPS/text/part-01.xhtml", blocks))
                .startsWith("Eerste deel", "Werk", "Columns over het werk zelf: bruggen, water en vuur.");
        assertThat(epub.select("OEBPS/text/part-02.xhtml", blocks)).containsExactly("Tweede deel", "Klanten");
        assertThat(epub.select("OEBPS/text/part-01.xhtml", "//*[local-name()='h1']")).containsExactly("Werk");
        String src = epub.select("OEBPS/text/part-01.xhtml", "//*[local-name()='blockquote']//*[local-name()='img']/@src")
                .get(0);
        assertThat(epub.entries).as("the picture in the introduction's quote").containsKey("OEBPS/" + src.substring(3));
    }

    @Test
    void theGeneratedColophonSaysWhatTheBookIsItsTypefaceAndTheTool() {
        assertThat(epub.select("OEBPS/text/colophon.xhtml", "//*[local-name()='p']")).containsExactly(
                "Columns uit de polder", "Verzameld werk", "Wim Aalbers", "Druk: 1, 1 november 2026",
                "Uitgegeven door Uitgeverij Kolom", "Gezet uit de Literata.", "Gemaakt met Columnpress.");
    }

    @Test
    void everyAriaLabelledbyNamesAnElementOfItsDocument() {
        List<String> documents = epub.entries.keySet().stream().filter(n -> n.endsWith(".xhtml")).toList();
        assertThat(documents).hasSizeGreaterThan(20);
        for (String doc : documents) {
            List<String> ids = epub.select(doc, "//@id");
            for (String refs : epub.select(doc, "//@aria-labelledby")) {
                assertThat(ids).as(doc + " aria-labelledby=" + refs).contains(refs.split(" "));
            }
        }
    }

    @Test
    void theHalfTitleDedicationAndEpigraphStandAloneWithoutAHeading() {
        for (String name : List.of("half-title", "dedication", "epigraph")) {
            assertThat(epub.select("OEBPS/text/" + name + ".xhtml", "//*[starts-with(local-name(), 'h')]"
                    + "[string-length(local-name()) = 2]")).as(name).isEmpty();
        }
        assertThat(epub.bodyText("OEBPS/text/half-title.xhtml")).isEqualTo("Columns uit de polder");
        assertThat(epub.select("OEBPS/text/epigraph.xhtml", "//*[local-name()='section']//*[local-name()='p']"))
                .containsExactly("Het ambt van de mens is mens te zijn.", "— Multatuli");
        assertThat(epub.select("OEBPS/text/foreword.xhtml", "//*[local-name()='section']//*[local-name()='p' or local-name()='h1']"))
                .containsExactly("Voorwoord", "Door Jan Jansen", "Wim schreef elke week, twintig jaar lang.");
    }

    @Test
    void theAuthorsPhotoHasTheirNameAsAltTextAndAlsoByIsAList() {
        String about = "OEBPS/text/about-the-author.xhtml";
        assertThat(epub.select(about, "//*[local-name()='img']/@alt")).containsExactly("Wim Aalbers");
        String src = epub.select(about, "//*[local-name()='img']/@src").get(0);
        assertThat(epub.entries).containsKey("OEBPS/" + src.substring("../".length()));
        assertThat(epub.select("OEBPS/text/also-by.xhtml", "//*[local-name()='ul']/*[local-name()='li']"))
                .containsExactly("Beweging in de zaak", "Klanten en kansen");
    }
}
