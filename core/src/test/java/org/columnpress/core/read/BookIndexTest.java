package org.columnpress.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.columnpress.core.InputException;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.IndexTerm;
import org.columnpress.core.model.Inline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** book.yaml's index: its terms, found in the text and marked, sorted and grouped in the book's language. */
class BookIndexTest {

    @TempDir
    Path dir;

    private TestBooks.Folder book(String language, String index) {
        return TestBooks.folder(dir, "title: Werk\nauthor: Wim Aalbers\nlanguage: " + language + "\n" + index);
    }

    /** The text of each paragraph with each mark shown as [term id]. */
    private static List<String> marked(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph p) {
                StringBuilder s = new StringBuilder();
                append(p.content(), s);
                out.add(s.toString());
            }
        }
        return out;
    }

    private static void append(List<Inline> inlines, StringBuilder s) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                s.append(t.text());
            } else if (inline instanceof Inline.IndexMark m) {
                s.append('[').append(m.term()).append(']');
            } else if (inline instanceof Inline.Emphasis e) {
                append(e.content(), s);
            } else if (inline instanceof Inline.Code c) {
                s.append('`').append(c.code()).append('`');
            } else if (inline instanceof Inline.Link l) {
                append(l.content(), s);
            }
        }
    }

    @Test
    void termsAreFoundAndMarkedInReadingOrderButNotInHeadingsCodeOrAddresses() {
        Book book = book("nl", "index:\n  - term: Rutte, Mark\n    find: [Rutte, Mark Rutte]\n  - term: Amersfoort\n"
                + "  - term: spoorwegen\n    find: [spoor, trein, NS]\n    see-also: [Amersfoort]\n")
                .write("columns/a.md", "# Rutte in de trein\n\n## Rutte\n\nMark Rutte nam de *trein* naar Amersfoort.\n\n"
                        + "Geen `trein` in code, geen https://ns.nl/trein en de NS[^1].\n\n[^1]: Rutte reist.\n")
                .write("columns/b.md", "# B\n\nIn Amersfoort <!-- index: Rutte, Mark -->de premier.\n")
                .read();
        assertThat(marked(book.columns().get(0).body())).containsExactly(
                "[ixt-1]Mark Rutte nam de [ixt-3]trein naar [ixt-2]Amersfoort.",
                "Geen `trein` in code, geen https://ns.nl/trein en de [ixt-3]NS.");
        assertThat(book.columns().get(0).body().get(0)).isEqualTo(new Block.Heading(2, List.of(new Inline.Text("Rutte"))));
        assertThat(marked(book.columns().get(0).footnotes().get(0).blocks())).containsExactly("[ixt-1]Rutte reist.");
        assertThat(marked(book.columns().get(1).body())).containsExactly("In [ixt-2]Amersfoort [ixt-1]de premier.");
        assertThat(book.index()).extracting(IndexTerm::term).containsExactly("Amersfoort", "Rutte, Mark", "spoorwegen");
        IndexTerm rutte = book.index().get(1);
        assertThat(rutte.group()).isEqualTo("R");
        assertThat(rutte.occurrences()).extracting(IndexTerm.Occurrence::owner).containsExactly("a", "a", "b");
        assertThat(rutte.occurrences()).extracting(IndexTerm.Occurrence::id).containsExactly("ix-a-1", "ix-a-5", "ix-b-2");
        assertThat(book.index().get(2).seeAlso()).containsExactly("Amersfoort");
    }

    @Test
    void germanSortsUmlautsWithTheirVowelAndDutchGivesIjItsOwnGroup() {
        Book german = book("de", "index:\n  - term: Zug\n  - term: Ärger\n  - term: Arbeit\n  - term: Bahn\n")
                .write("columns/a.md", "# A\n\nArbeit, Ärger, Bahn und Zug.\n").read();
        assertThat(german.index()).extracting(IndexTerm::term).containsExactly("Arbeit", "Ärger", "Bahn", "Zug");
        assertThat(german.index()).extracting(IndexTerm::group).containsExactly("A", "A", "B", "Z");
        Book dutch = TestBooks.folder(dir.resolve("nl"), "title: Werk\nlanguage: nl\nindex:\n  - term: IJssel\n"
                + "  - term: Jaap\n  - term: Ivo\n  - term: ik\n")
                .write("columns/a.md", "# A\n\nIvo, ik, de IJssel en Jaap.\n").read();
        assertThat(dutch.index()).extracting(IndexTerm::term).containsExactly("ik", "Ivo", "IJssel", "Jaap");
        assertThat(dutch.index()).extracting(IndexTerm::group).containsExactly("I", "I", "IJ", "J");
    }

    @Test
    void termsFoundNowhereAreWarnedAboutInOneLine() {
        TestBooks.Folder folder = book("nl", "index:\n  - term: Utrecht\n  - term: Zwolle\n  - term: Werk\n")
                .write("columns/a.md", "# A\n\nWerk.\n");
        folder.read();
        assertThat(folder.reporter.structured).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(5);
            assertThat(w.text()).startsWith("2 index terms occur nowhere in the book")
                    .contains("Utrecht (line 5); Zwolle (line 6)");
        });
    }

    @Test
    void theIndexMayBeAFileBesideBookYaml() {
        Book book = book("nl", "index: index.yaml\n").write("index.yaml", "- term: Werk\n  find: [werk]\n")
                .write("columns/a.md", "# A\n\nWerk.\n").read();
        assertThat(book.index()).singleElement().satisfies(t -> assertThat(t.occurrences()).hasSize(1));
    }

    @Test
    void mistakesInTheIndexAreNamedByFileAndLine() {
        InputException e = catchThrowableOfType(InputException.class, book("nl", "index: index.yaml\n")
                .write("index.yaml", "- term: Werk\n- term: Werk\n- term: Trein\n  find: []\n"
                        + "- term: Spoor\n  see-also: [Trien]\n- find: [x]\n")
                .write("columns/a.md", "# A\n\nWerk.\n")::read);
        assertThat(e.problems()).extracting(p -> p.file().getFileName() + ":" + p.line())
                .containsExactly("index.yaml:2", "index.yaml:4", "index.yaml:6", "index.yaml:7");
        assertThat(e.problems().get(0).message()).contains("the term 'Werk' is in the index twice (line 1 too)");
        assertThat(e.problems().get(1).message()).contains("empty find list");
        assertThat(e.problems().get(2).message()).contains("'see-also: Trien' names no term").contains("Did you mean 'Trein'?");
        assertThat(e.problems().get(3).message()).contains("has no term");
    }

    @Test
    void aWritersMarkForNoTermIsAnErrorAtItsLine() {
        InputException e = catchThrowableOfType(InputException.class, book("nl", "index:\n  - term: Rutte, Mark\n")
                .write("columns/a.md", "# A\n\nTekst.\n\nDe <!-- index: Rute, Mark -->premier.\n")::read);
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).contains("names no term of book.yaml's index").contains("Did you mean 'Rutte, Mark'?");
    }

    @Test
    void aBookWithoutAnIndexDropsStrayMarksQuietlyNever() {
        InputException e = catchThrowableOfType(InputException.class, book("nl", "")
                .write("columns/a.md", "# A\n\nDe <!-- index: Rutte -->premier.\n")::read);
        assertThat(e.getMessage()).contains("names no term of book.yaml's index");
    }

    @Test
    void theForewordIsIndexedButNotTheDedication() {
        Book book = book("nl", "index:\n  - term: perron\n")
                .write("columns/a.md", "# A\n\nHet perron.\n")
                .write("front/voor.md", "---\nkind: dedication\n---\nVoor wie op het perron stond.\n")
                .write("front/woord.md", "---\nkind: foreword\n---\nOver het perron.\n").read();
        assertThat(book.index().get(0).occurrences()).extracting(IndexTerm.Occurrence::owner)
                .containsExactly("matter_foreword", "a");
    }
}
