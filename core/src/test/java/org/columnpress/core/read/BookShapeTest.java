package org.columnpress.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.columnpress.core.InputException;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Matter;
import org.columnpress.core.model.Matter.Kind;
import org.columnpress.core.model.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The book's shape from book.yaml and the front/ and back/ folders: parts, arrangement, front and back matter. */
class BookShapeTest {

    @TempDir
    Path dir;

    /** Three dated, tagged columns in a Dutch book with the given lines added to book.yaml. */
    private TestBooks.Folder book(String yaml) {
        return TestBooks.folder(dir, "title: Werk\nauthor: Wim Aalbers\nlanguage: nl\n" + yaml)
                .write("columns/01-winst.md", "---\ntitle: Winst\ndate: 2010-05-01\ntags: [werk, geld]\n---\nTekst.\n")
                .write("columns/02-tempo.md", "---\ntitle: Tempo\ndate: 2009-03-21\ntags: [werk]\n---\nTekst.\n")
                .write("columns/03-factuur.md", "---\ntitle: Factuur\ndate: 2010-01-02\ntags: [klanten, geld]\n---\nTekst.\n");
    }

    private static List<String> titles(Book book, Part part) {
        return book.columnsOf(part).stream().map(Column::title).toList();
    }

    private InputException error(TestBooks.Folder folder) {
        return catchThrowableOfType(InputException.class, folder::read);
    }

    @Test
    void explicitPartsKeepTheirOrderAndTitlesAndReadTheirIntroductions() {
        Book book = book("parts:\n  - title: Werk\n    intro: parts/werk.md\n    columns: [01-winst.md, 02-tempo.md]\n"
                + "  - title: Klanten\n    columns: [03-factuur.md]\n")
                .write("parts/werk.md", "Over *werk*.\n").read();
        assertThat(book.parts()).extracting(Part::id, Part::label, Part::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("part_1", "Eerste deel", "Werk"),
                        org.assertj.core.groups.Tuple.tuple("part_2", "Tweede deel", "Klanten"));
        assertThat(titles(book, book.parts().get(0))).containsExactly("Winst", "Tempo");
        assertThat(book.parts().get(0).intro()).hasSize(1);
        assertThat(book.parts().get(0).introFile()).contains(dir.resolve("parts/werk.md"));
        assertThat(book.parts().get(1).intro()).isEmpty();
        assertThat(book.columns()).extracting(Column::title).containsExactly("Winst", "Tempo", "Factuur");
        assertThat(book.partOf(book.columns().get(2))).contains(book.parts().get(1));
    }

    @Test
    void aColumnInTwoPartsAMissingOneAndAnEmptyPartAreErrorsWithTheirLines() {
        InputException e = error(book("parts:\n  - title: Werk\n    columns: [01-winst.md, 02-tempo.md, 04-weg.md]\n"
                + "  - title: Klanten\n    columns: [03-factuur.md, 01-winst.md]\n  - title: Leeg\n    columns: []\n"));
        assertThat(e.problems()).extracting(InputException.Problem::line).containsExactly(6, 8, 10);
        assertThat(e.problems().get(0).message()).contains("'04-weg.md' listed under parts does not exist");
        assertThat(e.problems().get(1).message()).contains("listed twice under parts. List each column once, in one part.");
        assertThat(e.problems().get(2).message()).contains("the part 'Leeg' has no columns");
    }

    @Test
    void aColumnLeftOutOfThePartsIsWarnedAbout() {
        TestBooks.Folder folder = book("parts:\n  - title: Werk\n    columns: [01-winst.md, 02-tempo.md]\n");
        Book book = folder.read();
        assertThat(book.columns()).hasSize(2);
        assertThat(folder.reporter.structured).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo(dir.resolve("columns/03-factuur.md"));
            assertThat(w.text()).contains("not listed under parts in book.yaml").contains("Add it to a part");
        });
    }

    @Test
    void partsWithArrangeOrColumnsOrAMissingIntroAreErrors() {
        InputException e = error(book("arrange: by-year\ncolumns: [01-winst.md]\nparts:\n  - title: Werk\n"
                + "    intro: parts/missing.md\n    columns: [01-winst.md, 02-tempo.md, 03-factuur.md]\n"));
        assertThat(e.problems()).extracting(InputException.Problem::line).containsExactly(4, 5, 8);
        assertThat(e.problems().get(0).message()).contains("both arrange and parts");
        assertThat(e.problems().get(1).message()).contains("both columns and parts");
        assertThat(e.problems().get(2).message()).contains("the part's intro 'parts/missing.md' is not a file");
    }

    @Test
    void anUnknownArrangementNamesTheKnownOnes() {
        InputException e = error(book("arrange: by-yaer\n"));
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage()).contains("'arrange' cannot be 'by-yaer'. Did you mean 'by-year'?")
                .contains("as-listed, by-date, by-year, by-tag");
    }

    @Test
    void byDateSortsAListedBookWithoutParts() {
        Book book = book("arrange: by-date\ncolumns: [01-winst.md, 02-tempo.md, 03-factuur.md]\n").read();
        assertThat(book.columns()).extracting(Column::title).containsExactly("Tempo", "Factuur", "Winst");
        assertThat(book.parts()).isEmpty();
    }

    @Test
    void asListedKeepsTheListsOrder() {
        Book book = book("columns: [01-winst.md, 02-tempo.md, 03-factuur.md]\n").read();
        assertThat(book.columns()).extracting(Column::title).containsExactly("Winst", "Tempo", "Factuur");
    }

    @Test
    void byYearMakesAPartPerYearInDateOrder() {
        Book book = book("arrange: by-year\n").read();
        assertThat(book.parts()).extracting(Part::title).containsExactly("2009", "2010");
        assertThat(titles(book, book.parts().get(1))).containsExactly("Factuur", "Winst");
    }

    @Test
    void byYearNeedsEveryColumnsYear() {
        InputException e = error(book("arrange: by-year\n").write("columns/04-zonder.md", "# Zonder datum\n\nTekst.\n"));
        assertThat(e.file()).isEqualTo(dir.resolve("columns/04-zonder.md"));
        assertThat(e.getMessage()).contains("has no date, and the book is arranged by year");
    }

    @Test
    void byTagFollowsTheTagsListAndPutsAColumnInItsOwnFirstTag() {
        TestBooks.Folder folder = book("arrange: by-tag\ntags: [geld, werk, sport]\n");
        Book book = folder.read();
        assertThat(book.parts()).extracting(Part::title).containsExactly("Geld", "Werk");
        assertThat(titles(book, book.parts().get(0))).containsExactly("Factuur");
        assertThat(titles(book, book.parts().get(1))).containsExactly("Tempo", "Winst");
        assertThat(book.columns()).extracting(Column::title).containsExactly("Factuur", "Tempo", "Winst");
        assertThat(folder.reporter.structured).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(5);
            assertThat(w.text()).contains("no column has the tag 'sport'");
        });
    }

    @Test
    void byTagWithoutAListUsesEachColumnsFirstTagInAlphabeticalOrder() {
        Book book = book("arrange: by-tag\n").read();
        assertThat(book.parts()).extracting(Part::title).containsExactly("Klanten", "Werk");
        assertThat(titles(book, book.parts().get(1))).containsExactly("Tempo", "Winst");
    }

    @Test
    void byTagNeedsATagOnEveryColumn() {
        InputException e = error(book("arrange: by-tag\ntags: [geld]\n"));
        assertThat(e.file()).isEqualTo(dir.resolve("columns/02-tempo.md"));
        assertThat(e.getMessage()).contains("has none of the tags listed under tags in book.yaml (it has werk)");
    }

    @Test
    void frontAndBackMatterIsPlacedByKindWhateverItsFileName() {
        Book book = book("colophon: true\nhalf-title: true\n")
                .write("front/a.md", "---\nkind: foreword\nauthor: Joris Luyendijk\n---\nEen voorwoord.\n")
                .write("front/b.md", "---\nkind: dedication\n---\nVoor Anna.\n")
                .write("front/c.md", "---\nkind: acknowledgements\n---\n# Met dank\n\nAan allen.\n")
                .write("front/d.md", "---\nkind: epigraph\nauthor: Multatuli\n---\n*Ik wil gelezen worden.*\n")
                .write("back/a.md", "---\nkind: also-by\n---\n- Eerder werk\n- Later werk\n")
                .write("back/b.md", "---\nkind: about-the-author\nphoto: ../images/wim.png\n---\nWim schrijft.\n")
                .write("back/c.md", "---\nkind: afterword\ntitle: Tot slot\n---\nEinde.\n")
                .png("images/wim.png")
                .read();
        assertThat(book.front()).extracting(Matter::kind).containsExactly(Kind.HALF_TITLE, Kind.DEDICATION,
                Kind.EPIGRAPH, Kind.FOREWORD, Kind.ACKNOWLEDGEMENTS);
        assertThat(book.back()).extracting(Matter::kind).containsExactly(Kind.AFTERWORD, Kind.ABOUT_THE_AUTHOR,
                Kind.ALSO_BY, Kind.COLOPHON);
        assertThat(book.front()).extracting(m -> m.title().orElse("-"))
                .containsExactly("-", "-", "-", "Voorwoord", "Met dank");
        assertThat(book.back()).extracting(m -> m.title().orElse("-"))
                .containsExactly("Tot slot", "Over de auteur", "Van dezelfde auteur", "Colofon");
        Matter foreword = book.front().get(3);
        assertThat(foreword.authors()).containsExactly("Joris Luyendijk");
        assertThat(foreword.id()).isEqualTo("matter_foreword");
        assertThat(book.front().get(4).body()).hasSize(1);
        assertThat(book.back().get(1).photo()).contains(dir.resolve("images/wim.png"));
        assertThat(book.back().get(3).generated()).isTrue();
        assertThat(book.front().get(0).generated()).isTrue();
        assertThat(book.backBeforeSources()).extracting(Matter::kind).containsExactly(Kind.AFTERWORD);
    }

    @Test
    void alsoByNamesTheAuthorInEnglish() {
        Book book = TestBooks.folder(dir, "title: Work\nauthor: Wim Aalbers\n")
                .write("columns/a.md", "# A\n\nText.\n")
                .write("back/also.md", "---\nkind: also-by\n---\n- Earlier work\n").read();
        assertThat(book.back().get(0).title()).contains("Also by Wim Aalbers");
    }

    @Test
    void aHandWrittenColophonReplacesTheMadeOne() {
        Book book = book("colophon: true\n").write("back/colofon.md", "---\nkind: colophon\n---\nGezet door mij.\n").read();
        assertThat(book.back()).singleElement().satisfies(m -> assertThat(m.generated()).isFalse());
    }

    @Test
    void mattersMistakesAreReportedAtOnceWithTheirFilesAndLines() {
        InputException e = error(book("")
                .write("front/a.md", "Geen soort.\n")
                .write("front/b.md", "---\nkind: dedicaton\n---\nVoor Anna.\n")
                .write("front/c.md", "---\nkind: dedication\n---\nVoor Anna.\n")
                .write("front/d.md", "---\nkind: dedication\n---\nVoor Bob.\n")
                .write("front/e.md", "---\nkind: half-title\n---\n")
                .write("front/f.md", "---\nkind: preface\nsubtitle: Nee\n---\nTekst.\n"));
        assertThat(e.problems()).extracting(p -> dir.relativize(p.file()).toString().replace('\\', '/') + ":" + p.line())
                .containsExactly("front/a.md:1", "front/b.md:2", "front/d.md:1", "front/e.md:2", "front/f.md:3");
        assertThat(e.problems().get(0).message()).contains("does not say what it is").contains("dedication, epigraph, foreword");
        assertThat(e.problems().get(1).message()).contains("Did you mean 'dedication'?");
        assertThat(e.problems().get(2).message()).contains("is a second dedication: front/c.md is one too");
        assertThat(e.problems().get(3).message()).contains("write half-title: true in book.yaml");
        assertThat(e.problems().get(4).message()).contains("unknown key 'subtitle'");
    }

    @Test
    void matterInTheOtherFolderIsPlacedByItsKindWithAWarning() {
        TestBooks.Folder folder = book("").write("back/dedication.md", "---\nkind: dedication\n---\nVoor Anna.\n");
        Book book = folder.read();
        assertThat(book.front()).extracting(Matter::kind).containsExactly(Kind.DEDICATION);
        assertThat(book.back()).isEmpty();
        assertThat(folder.reporter.structured).singleElement()
                .satisfies(w -> assertThat(w.text()).contains("a dedication belongs at the front").contains("Move it to front/"));
    }

    @Test
    void aDedicationHasNoTitleAndKeepsItsHeadingInTheText() {
        TestBooks.Folder folder = book("").write("front/voor.md", "---\nkind: dedication\ntitle: Opdracht\n---\n# Voor Anna\n");
        Matter dedication = folder.read().front().get(0);
        assertThat(dedication.title()).isEmpty();
        assertThat(dedication.body()).singleElement().isInstanceOf(org.columnpress.core.model.Block.Heading.class);
        assertThat(folder.reporter.structured).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(3);
            assertThat(w.text()).contains("a dedication is printed alone, without a title");
        });
    }
}
